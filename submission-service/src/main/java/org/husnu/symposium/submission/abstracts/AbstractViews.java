package org.husnu.symposium.submission.abstracts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.PdfVersion;
import org.husnu.symposium.core.abstracts.WordCounter;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.EffectiveStatus;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.submission.abstracts.AbstractView.ConflictView;
import org.husnu.symposium.submission.abstracts.AbstractView.DecisionView;
import org.husnu.symposium.submission.abstracts.AbstractView.PdfView;
import org.husnu.symposium.submission.pdf.PdfCheckMessages;
import org.husnu.symposium.submission.pdf.PdfFinding;

import org.springframework.stereotype.Component;

/**
 * Builds what one reader sees of an abstract: authors hidden in blind mode from those who
 * may not see them, check notes in the reader's language, and what the reader may do now.
 */
@Component
class AbstractViews {

	private final AbstractAccess access;

	private final AbstractMapper mapper;

	private final PdfCheckMessages messages;

	private final ReferenceData referenceData;

	private final ReviewerPool pool;

	private final ReleasedDecisions decisions;

	AbstractViews(AbstractAccess access, AbstractMapper mapper, PdfCheckMessages messages, ReferenceData referenceData,
			ReviewerPool pool, ReleasedDecisions decisions) {
		this.decisions = decisions;
		this.access = access;
		this.mapper = mapper;
		this.messages = messages;
		this.referenceData = referenceData;
		this.pool = pool;
	}

	AbstractView of(Actor actor, AbstractSubmission submission, Locale locale) {
		return of(actor, submission, locale, this.decisions.of(submission.id()).orElse(null));
	}

	private AbstractView of(Actor actor, AbstractSubmission submission, Locale locale, Decision released) {
		boolean blind = this.referenceData.eventSettings().blindReview();
		boolean authorsVisible = AccessPolicy.maySeeAuthors(actor, submission, blind);
		String base = "/api/abstracts/" + submission.id() + "/pdf";
		// the uploaded file's own name often carries the author's ("sato_abstract.pdf"),
		// so only its authors and the chairs see it, in every mode
		boolean fileNameVisible = AccessPolicy.maySeeAuthors(actor, submission, true);
		PdfView pdf = submission.currentPdf()
			.map((version) -> pdfView(version, fileNameVisible, base, locale))
			.orElse(null);
		AbstractStatus shown = EffectiveStatus.of(submission, released);
		// only a released decision is loaded at all, and only its authors and the chairs
		// see
		// it: before release the field is null whether or not a decision is held
		DecisionView decision = (released != null && EffectiveStatus.isDecided(shown)
				&& AccessPolicy.maySeeReleasedDecision(actor, submission))
						? new DecisionView(released.outcome(), released.releasedAt(),
								this.decisions.commentsToAuthors(submission.id()))
						: null;
		return new AbstractView(submission.id(), submission.number(), shown,
				(submission.version() != null) ? submission.version() : 0, submission.title(),
				authorsVisible ? this.mapper.toAuthorViews(submission.authors()) : List.of(), !authorsVisible,
				submission.primaryTopic(), submission.secondaryTopics(), submission.keywords(),
				submission.presentation(), submission.studentPresenter(), submission.text(),
				WordCounter.count(submission.text()), authorsVisible ? submission.institution() : null,
				submission.createdAt(), submission.updatedAt(), submission.submittedAt(), pdf,
				submission.pdfVersions().size(), declaredConflicts(actor, submission),
				this.access.permissions(actor, submission, shown), decision);
	}

	private List<ConflictView> declaredConflicts(Actor actor, AbstractSubmission submission) {
		if (!AccessPolicy.maySeeDeclaredConflicts(actor, submission)) {
			return List.of();
		}
		return submission.declaredConflicts().stream().map((conflict) -> {
			Optional<ReviewerPool.Member> member = this.pool.find(conflict.reviewerId());
			return new ConflictView(conflict.reviewerId(), member.map(ReviewerPool.Member::name).orElse(null),
					member.map(ReviewerPool.Member::institution).orElse(null), conflict.reason());
		}).toList();
	}

	List<AbstractView> of(Actor actor, List<AbstractSubmission> submissions, Locale locale) {
		Map<UUID, Decision> released = this.decisions.released(submissions);
		return submissions.stream()
			.map((submission) -> of(actor, submission, locale, released.get(submission.id())))
			.toList();
	}

	private PdfView pdfView(PdfVersion version, boolean fileNameVisible, String base, Locale locale) {
		List<PdfFinding> findings = version.notes()
			.stream()
			.map((note) -> new PdfFinding(note.code(), note.args()))
			.toList();
		return new PdfView(version.number(), fileNameVisible ? version.fileName() : null, version.size(),
				version.sha256(), version.pages(), version.words(), version.uploadedAt(),
				this.messages.describe(findings, locale), base, base + "/preview");
	}

}
