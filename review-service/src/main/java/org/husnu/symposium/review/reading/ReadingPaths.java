package org.husnu.symposium.review.reading;

/**
 * The addresses of an abstract in review-service, in one place for the JSON, the page and
 * the links to it.
 */
final class ReadingPaths {

	private ReadingPaths() {
	}

	static String page(String number) {
		return "/abstracts/" + number;
	}

	static String pdf(String number) {
		return "/api/abstracts/" + number + "/pdf";
	}

}
