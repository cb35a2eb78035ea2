package org.husnu.symposium.platform.web;

import org.husnu.symposium.platform.SymposiumProperties;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page what the shared layout shows: the service's name and the links between
 * the two services.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

	private final SymposiumProperties properties;

	LayoutModelAdvice(SymposiumProperties properties) {
		this.properties = properties;
	}

	@ModelAttribute("layout")
	Layout layout() {
		return new Layout(this.properties.serviceName(), this.properties.links().submissionUrl(),
				this.properties.links().reviewUrl());
	}

	/**
	 * What the layout template reads.
	 *
	 * @param serviceName this service
	 * @param submissionUrl submission-service base URL
	 * @param reviewUrl review-service base URL
	 */
	record Layout(String serviceName, String submissionUrl, String reviewUrl) {
	}

}
