package org.rapport.platform.persistence;

/**
 * Asked before the database hands out a connection, to every guard registered as an OSGi service. A guard refuses by
 * throwing (the caller sees the exception); it must be quick and must not use the database. The workbench's tests
 * register one that notes database work on the UI thread, where a query freezes every window of the workbench.
 */
@FunctionalInterface
public interface ConnectionGuard {

	/** Called on the thread that asks for the connection. */
	void checkConnection();
}
