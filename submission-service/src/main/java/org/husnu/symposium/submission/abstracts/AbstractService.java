package org.husnu.symposium.submission.abstracts;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.abstracts.AbstractAction;
import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.DeclaredConflict;
import org.husnu.symposium.core.abstracts.PdfVersion;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.problems.ConflictException;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.submission.abstracts.PdfUploads.PdfUpload;

import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * What authors and chairs do with an abstract's record: create, edit, submit, withdraw,
 * find and list. Each step asks the feature's parts in turn: {@link AbstractAccess} who
 * may (the rules are {@link AccessPolicy}'s, with the deadline on the server's clock),
 * {@link AbstractQuotas} and {@link AbstractLimits} whether it fits, {@link BlindRecheck}
 * whether the PDF still names no author, {@link AbstractStore} to save under optimistic
 * locking, then the audit log and {@link AbstractMails}. PDF uploads are
 * {@link PdfUploads}.
 */
@Service
public class AbstractService {

	private final AbstractAccess access;

	private final AbstractStore store;

	private final AbstractLimits limits;

	private final AbstractQuotas quotas;

	private final AbstractNumbers numbers;

	private final BlindRecheck blindRecheck;

	private final PdfUploads uploads;

	private final AbstractMapper mapper;

	private final AbstractMails mails;

	private final AuditLog audit;

	private final ReferenceData referenceData;

	private final Clock clock;

	private final ReleasedDecisions decisions;

	AbstractService(AbstractAccess access, AbstractStore store, AbstractLimits limits, AbstractQuotas quotas,
			AbstractNumbers numbers, BlindRecheck blindRecheck, PdfUploads uploads, AbstractMapper mapper,
			AbstractMails mails, AuditLog audit, ReferenceData referenceData, Clock clock,
			ReleasedDecisions decisions) {
		this.access = access;
		this.store = store;
		this.limits = limits;
		this.quotas = quotas;
		this.numbers = numbers;
		this.blindRecheck = blindRecheck;
		this.uploads = uploads;
		this.mapper = mapper;
		this.mails = mails;
		this.audit = audit;
		this.referenceData = referenceData;
		this.clock = clock;
		this.decisions = decisions;
	}

	/**
	 * Creates a draft owned by the actor.
	 * @param actor who submits; must be an eligible person (or a chair)
	 * @param request the fields
	 * @return the draft
	 */
	public AbstractSubmission create(Actor actor, AbstractRequest request) {
		EventSettings settings = this.referenceData.eventSettings();
		this.access.requireCreate(actor, settings);
		this.quotas.requireRoomForAbstract(actor);
		Instant now = this.clock.instant();
		AbstractSubmission draft = build(UUID.randomUUID(), this.numbers.next(), actor.accountId(), request,
				AbstractStatus.DRAFT, now, now, null, List.of(), List.of(), null);
		this.limits.check(draft, settings.limits());
		this.store.insert(draft);
		this.audit.record(actor, "abstract.created", draft.number(), Map.of("title", draft.title()));
		return draft;
	}

	/**
	 * Replaces the fields of an abstract.
	 * @param actor who edits: the submitter before the deadline, or a chair
	 * @param idOrNumber the abstract's id or number
	 * @param request the fields and the version the editor loaded
	 * @return the abstract as saved
	 */
	public AbstractSubmission update(Actor actor, String idOrNumber, AbstractRequest request) {
		AbstractSubmission current = find(actor, idOrNumber);
		this.access.requireChange(actor, current, "edit it");
		if (request.version() == null) {
			throw new DomainRuleException("abstract.version",
					"Send the version you loaded (field version, from GET /api/abstracts/{id}) so that concurrent "
							+ "edits are noticed");
		}
		EventSettings settings = this.referenceData.eventSettings();
		AbstractSubmission edited = build(current.id(), current.number(), current.submitterId(), request,
				current.status(), current.createdAt(), this.clock.instant(), current.submittedAt(),
				current.pdfVersions(), current.declaredConflicts(), request.version());
		this.limits.check(edited, settings.limits());
		if (settings.blindReview() && edited.currentPdf().isPresent() && BlindRecheck.authorsChanged(current, edited)) {
			// the PDF was checked against the authors as they were; whoever joins or is
			// renamed must not be named in it either
			this.blindRecheck.requireAnonymous(actor, edited, settings);
		}
		AbstractSubmission saved = saveEdit(edited, current);
		this.audit.record(actor, "abstract.updated", saved.number(), Map.of("version", saved.version().toString()));
		return saved;
	}

	/**
	 * Uploads a PDF to an abstract; see {@link PdfUploads#upload}.
	 * @param actor who uploads
	 * @param idOrNumber the abstract's id or number
	 * @param fileName the name of the author's file (display only)
	 * @param content the bytes
	 * @param declaredSize the size the client declared, or -1
	 * @return the abstract, the report and whether a version was added
	 */
	public PdfUpload uploadPdf(Actor actor, String idOrNumber, String fileName, InputStreamSource content,
			long declaredSize) {
		return this.uploads.upload(actor, idOrNumber, fileName, content, declaredSize);
	}

	/**
	 * Submits a draft: it needs an accepted PDF and a text within the limits. The
	 * submitter gets a receipt.
	 * @param actor who submits
	 * @param idOrNumber the abstract
	 * @return the submitted abstract
	 */
	public AbstractSubmission submit(Actor actor, String idOrNumber) {
		AbstractSubmission current = find(actor, idOrNumber);
		this.access.requireChange(actor, current, "submit it");
		EventSettings settings = this.referenceData.eventSettings();
		if (current.currentPdf().isEmpty()) {
			throw new DomainRuleException("abstract.pdf.missing",
					"Upload the abstract as a PDF before submitting " + current.number());
		}
		if (current.text().isBlank()) {
			throw new DomainRuleException("abstract.text.missing",
					"Write the plain-text abstract before submitting " + current.number());
		}
		this.limits.check(current, settings.limits());
		if (settings.blindReview()) {
			this.blindRecheck.requireAnonymous(actor, current, settings);
		}
		AbstractSubmission submitted = save(current.apply(AbstractAction.SUBMIT, this.clock.instant()));
		this.audit.record(actor, "abstract.submitted", submitted.number(),
				Map.of("sha256", submitted.currentPdf().orElseThrow().sha256()));
		this.mails.receipt(submitted, settings, false);
		return submitted;
	}

	/**
	 * Withdraws an abstract. Authors may withdraw at any time, also after the deadline;
	 * withdrawing is final.
	 * @param actor who withdraws: the submitter or a chair
	 * @param idOrNumber the abstract
	 * @return the withdrawn abstract
	 */
	public AbstractSubmission withdraw(Actor actor, String idOrNumber) {
		AbstractSubmission current = find(actor, idOrNumber);
		this.access.requireWithdraw(actor, current);
		AbstractSubmission withdrawn = save(current.apply(AbstractAction.WITHDRAW, this.clock.instant()));
		this.audit.record(actor, "abstract.withdrawn", withdrawn.number(), Map.of());
		this.mails.withdrawn(withdrawn);
		return withdrawn;
	}

	/**
	 * Finds an abstract the actor may see.
	 * @param actor who asks
	 * @param idOrNumber a UUID or a number such as {@code A-007}
	 * @return the abstract
	 * @throws NotFoundException when it does not exist or the actor may not see it
	 */
	public AbstractSubmission find(Actor actor, String idOrNumber) {
		return this.access.find(actor, idOrNumber);
	}

	/**
	 * The abstracts an actor sees in lists: their own (as submitter or author), or all
	 * for chairs.
	 * @param actor who asks
	 * @param filter optional filters
	 * @return the abstracts, by number
	 */
	public List<AbstractSubmission> list(Actor actor, AbstractFilter filter) {
		List<AbstractSubmission> visible = AccessPolicy.maySeeAllAbstracts(actor) ? this.store.findAll()
				: this.store.findOwnOrAuthored(actor.accountId(), actor.email());
		// the status shown (a released decision's outcome) is what lists filter, count
		// and
		// export
		return this.decisions.shown(visible)
			.stream()
			.filter(filter::matches)
			.sorted(Comparator.comparing(AbstractSubmission::number))
			.toList();
	}

	private AbstractSubmission build(UUID id, String number, UUID submitterId, AbstractRequest request,
			AbstractStatus status, Instant createdAt, Instant updatedAt, Instant submittedAt, List<PdfVersion> versions,
			List<DeclaredConflict> declaredConflicts, Long version) {
		return new AbstractSubmission(id, number, submitterId, request.title(),
				this.mapper.toAuthors(request.authors()), request.primaryTopic(), request.secondaryTopics(),
				request.keywords(), request.presentation(), request.studentPresenter(), request.text(), status,
				createdAt, updatedAt, submittedAt, versions, declaredConflicts, version);
	}

	private AbstractSubmission saveEdit(AbstractSubmission edited, AbstractSubmission current) {
		try {
			return this.store.save(edited);
		}
		catch (OptimisticLockingFailureException ex) {
			AbstractSubmission now = this.store.findById(current.id())
				.orElseThrow(() -> new NotFoundException("No abstract " + current.id()));
			throw new ConflictException("Abstract " + current.number()
					+ " was changed elsewhere (another tab, device or person) since you loaded version "
					+ edited.version() + "; it is now at version " + now.version()
					+ ". Reload it and apply your change again.");
		}
	}

	private AbstractSubmission save(AbstractSubmission changed) {
		try {
			return this.store.save(changed);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ConflictException("Abstract " + changed.number()
					+ " was changed elsewhere at the same moment; reload it and try again");
		}
	}

}
