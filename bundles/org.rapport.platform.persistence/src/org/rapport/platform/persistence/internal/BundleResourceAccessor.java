package org.rapport.platform.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import liquibase.resource.AbstractResource;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;

/**
 * Lets Liquibase read a changelog from inside a module bundle. Liquibase's own accessors turn class-path
 * URLs into file system roots, which bundle URLs are not; this one opens the URLs the bundle hands out.
 */
final class BundleResourceAccessor implements ResourceAccessor {

	private final ClassLoader bundleLoader;
	private final String bundleName;

	BundleResourceAccessor(ClassLoader bundleLoader, String bundleName) {
		this.bundleLoader = bundleLoader;
		this.bundleName = bundleName;
	}

	@Override
	public List<Resource> search(String path, boolean recursive) throws IOException {
		return getAll(path);
	}

	@Override
	public List<Resource> getAll(String path) throws IOException {
		String clean = path.startsWith("/") ? path.substring(1) : path;
		List<Resource> found = new ArrayList<>();
		for (URL url : Collections.list(bundleLoader.getResources(clean))) {
			found.add(new BundleResource(clean, url));
		}
		return found.isEmpty() ? null : found;
	}

	@Override
	public List<String> describeLocations() {
		return List.of("bundle " + bundleName);
	}

	@Override
	public void close() {
		// nothing held open
	}

	private final class BundleResource extends AbstractResource {
		private final URL url;

		BundleResource(String path, URL url) throws IOException {
			super(path, toUri(url));
			this.url = url;
		}

		@Override
		public InputStream openInputStream() throws IOException {
			return url.openStream();
		}

		@Override
		public boolean exists() {
			return true;
		}

		@Override
		public Resource resolve(String other) {
			return lookup(resolvePath(other));
		}

		@Override
		public Resource resolveSibling(String other) {
			return lookup(resolveSiblingPath(other));
		}

		private Resource lookup(String path) {
			try {
				List<Resource> all = getAll(path);
				return all == null ? null : all.get(0);
			} catch (IOException e) {
				return null;
			}
		}
	}

	private static java.net.URI toUri(URL url) throws IOException {
		try {
			return url.toURI();
		} catch (URISyntaxException e) {
			throw new IOException(e);
		}
	}
}
