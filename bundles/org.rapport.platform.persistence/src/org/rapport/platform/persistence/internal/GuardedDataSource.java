package org.rapport.platform.persistence.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.rapport.platform.persistence.ConnectionGuard;

/** The open database's data source, asking the registered guards before each connection it hands out. */
final class GuardedDataSource implements DataSource {

	private final DataSource target;
	private final Supplier<List<ConnectionGuard>> guards;

	GuardedDataSource(DataSource target, Supplier<List<ConnectionGuard>> guards) {
		this.target = target;
		this.guards = guards;
	}

	@Override
	public Connection getConnection() throws SQLException {
		guards.get().forEach(ConnectionGuard::checkConnection);
		return target.getConnection();
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		guards.get().forEach(ConnectionGuard::checkConnection);
		return target.getConnection(username, password);
	}

	@Override
	public PrintWriter getLogWriter() throws SQLException {
		return target.getLogWriter();
	}

	@Override
	public void setLogWriter(PrintWriter out) throws SQLException {
		target.setLogWriter(out);
	}

	@Override
	public void setLoginTimeout(int seconds) throws SQLException {
		target.setLoginTimeout(seconds);
	}

	@Override
	public int getLoginTimeout() throws SQLException {
		return target.getLoginTimeout();
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		return target.getParentLogger();
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		return type.isInstance(target) ? type.cast(target) : target.unwrap(type);
	}

	@Override
	public boolean isWrapperFor(Class<?> type) throws SQLException {
		return type.isInstance(target) || target.isWrapperFor(type);
	}
}
