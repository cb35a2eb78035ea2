package org.husnu.symposium.review.reviewing;

import java.util.List;

import jakarta.validation.Valid;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review form over HTTP: reviewers and chairs read it, chairs replace it and are told
 * what changed.
 */
@RestController
class ReviewFormController {

	private final ReviewForms forms;

	ReviewFormController(ReviewForms forms) {
		this.forms = forms;
	}

	@GetMapping("/api/review-form")
	FormRequest read() {
		return FormRequest.of(this.forms.read(CurrentActor.require()));
	}

	/**
	 * Replaces the form: 200 with the form now in force and the list of changes; 409
	 * {@code form.conflict} on a stale {@code version}, 409 {@code form.confirmRequired}
	 * when submitted scores would fall outside the new form and {@code confirm} is not
	 * {@code true}.
	 */
	@PutMapping("/api/review-form")
	Updated update(@Valid @RequestBody FormRequest request, @RequestParam(defaultValue = "false") boolean confirm) {
		Actor actor = CurrentActor.require();
		AccessPolicy.requireConfigureReviewForm(actor);
		ReviewForms.Saved saved = this.forms.update(actor, request.toForm(), request.version(), confirm);
		return new Updated(FormRequest.of(saved.form()),
				saved.changes().stream().map(ReviewForms.ChangeView::of).toList());
	}

	/**
	 * A saved form.
	 *
	 * @param form the form now in force
	 * @param changes what changed, empty when nothing did
	 */
	record Updated(FormRequest form, List<ReviewForms.ChangeView> changes) {
	}

}
