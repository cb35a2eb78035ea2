package org.husnu.symposium.review.publication;

import java.util.List;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests that make PDFs need the font files: without them they are skipped with a message,
 * unless {@code -Dsymposium.fonts.required=true} (set by CI, which installs them) makes
 * that a failure.
 */
public final class Fonts {

	private Fonts() {
	}

	public static void assumeInstalled(PdfFonts fonts) {
		List<String> missing = fonts.missingFiles();
		if (missing.isEmpty()) {
			return;
		}
		String message = "PDF tests need the fonts " + missing
				+ " (Debian: apt-get install -y fonts-ipafont-gothic fonts-nanum)";
		if (Boolean.getBoolean("symposium.fonts.required")) {
			throw new IllegalStateException(message);
		}
		Assumptions.abort(message);
	}

}
