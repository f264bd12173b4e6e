package org.rapport.platform.ui.internal.parts;

import java.net.URI;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/** Images loaded from platform:/plugin addresses, created once and disposed with their owner. */
final class Icons {

	private final Display display;
	private final Map<String, Image> images = new HashMap<>();

	Icons(Display display) {
		this.display = display;
	}

	Image get(String uri) {
		if (uri == null || uri.isBlank()) {
			return null;
		}
		return images.computeIfAbsent(uri, this::load);
	}

	private Image load(String uri) {
		try {
			URL url = URI.create(uri).toURL();
			return ImageDescriptor.createFromURL(url).createImage(false, display);
		} catch (IllegalArgumentException | java.io.IOException e) {
			return null;
		}
	}

	void dispose() {
		images.values().stream().filter(i -> i != null).forEach(Image::dispose);
		images.clear();
	}
}
