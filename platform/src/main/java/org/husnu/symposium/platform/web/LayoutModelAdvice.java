package org.husnu.symposium.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.mail.DeliveryMode;
import org.husnu.symposium.platform.SymposiumProperties;
import org.husnu.symposium.platform.mail.CatcherMode;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Gives every page what the shared layout shows: the service's name, the links between
 * the two services, who is logged in, and the language switch.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

	private final SymposiumProperties properties;

	private final boolean devMailbox;

	LayoutModelAdvice(SymposiumProperties properties, Environment environment) {
		this.properties = properties;
		this.devMailbox = CatcherMode.configured(environment) == DeliveryMode.CATCHER;
	}

	@ModelAttribute("layout")
	Layout layout(HttpServletRequest request) {
		Locale locale = RequestContextUtils.getLocale(request);
		Language current = Language.of(locale);
		List<LanguageLink> languages = Arrays.stream(Language.values())
			.map((language) -> new LanguageLink(language.name().toLowerCase(Locale.ROOT),
					language.locale().getDisplayLanguage(language.locale()),
					ServletUriComponentsBuilder.fromRequest(request)
						.replaceQueryParam("lang", language.name().toLowerCase(Locale.ROOT))
						.build()
						.toUriString(),
					language == current))
			.toList();
		Actor actor = CurrentActor.find().orElse(null);
		return new Layout(this.properties.serviceName(), this.properties.links().submissionUrl(),
				this.properties.links().reviewUrl(), current.name().toLowerCase(Locale.ROOT), languages,
				(actor != null) ? actor.email() : null, actor != null && actor.isChairOrAdmin(),
				actor != null && AccessPolicy.mayChangeSettings(actor),
				actor != null && AccessPolicy.mayManageReviewers(actor),
				actor != null && AccessPolicy.mayKeepReviewerProfile(actor),
				actor != null && AccessPolicy.mayReviewAbstracts(actor),
				actor != null && AccessPolicy.mayManageConflicts(actor),
				actor != null && AccessPolicy.mayManageAssignments(actor), this.devMailbox);
	}

	/**
	 * What the layout template reads.
	 *
	 * @param serviceName this service
	 * @param submissionUrl submission-service base URL
	 * @param reviewUrl review-service base URL
	 * @param language the page language code ({@code en}, {@code ja}, {@code ko})
	 * @param languages the language switch
	 * @param userEmail the logged-in person's address, {@code null} when anonymous
	 * @param chair whether the person is a chair or admin
	 * @param settings whether the person may change the event settings (chairs)
	 * @param reviewerPool whether the person manages the reviewer pool (chairs)
	 * @param reviewer whether the person keeps a reviewer profile (and sees the abstracts
	 * assigned to them)
	 * @param bids whether the person bids on abstracts (reviewers)
	 * @param conflicts whether the person sees all conflicts of interest (chairs)
	 * @param assignments whether the person assigns reviewers (chairs)
	 * @param devMailbox whether the embedded mail catcher runs (no real SMTP configured)
	 */
	record Layout(String serviceName, String submissionUrl, String reviewUrl, String language,
			List<LanguageLink> languages, String userEmail, boolean chair, boolean settings, boolean reviewerPool,
			boolean reviewer, boolean bids, boolean conflicts, boolean assignments, boolean devMailbox) {
	}

	/**
	 * One entry of the language switch.
	 *
	 * @param code language code
	 * @param label the language's name in itself
	 * @param url this page in that language
	 * @param current whether it is the page's language
	 */
	record LanguageLink(String code, String label, String url, boolean current) {
	}

}
