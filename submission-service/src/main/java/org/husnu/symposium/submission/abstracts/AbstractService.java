package org.husnu.symposium.submission.abstracts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.abstracts.AbstractAction;
import org.husnu.symposium.core.abstracts.AbstractLifecycle;
import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.abstracts.PdfVersion;
import org.husnu.symposium.core.abstracts.PdfVersion.CheckNote;
import org.husnu.symposium.core.abstracts.WordCounter;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.AccessRefusedException;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.event.DeadlinePassedException;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.event.SubmissionLimits;
import org.husnu.symposium.core.institutions.EmailAddresses;
import org.husnu.symposium.core.institutions.Institution;
import org.husnu.symposium.core.topics.TopicArea;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.problems.ConflictException;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.submission.pdf.CheckedUpload;
import org.husnu.symposium.submission.pdf.PdfCheckAllowance;
import org.husnu.symposium.submission.pdf.PdfCheckCode;
import org.husnu.symposium.submission.pdf.PdfCheckOptions;
import org.husnu.symposium.submission.pdf.PdfCheckService;
import org.husnu.symposium.submission.pdf.PdfCheckerBusyException;
import org.husnu.symposium.submission.pdf.PdfFinding;
import org.husnu.symposium.submission.pdf.PdfInspector;
import org.husnu.symposium.submission.pdf.PdfRejectedException;
import org.husnu.symposium.submission.pdf.PdfReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Everything authors and chairs do with abstracts, with the rules in one place: who may
 * see and change which abstract ({@link AccessPolicy}), the deadline (server clock, event
 * time zone, grace), the chairs' limits, optimistic locking against concurrent edits, and
 * PDF versions that an abstract points at only once they are fully stored.
 *
 * <p>
 * An abstract another person may not see answers exactly like one that does not exist, so
 * ids and numbers cannot be probed.
 */
@Service
public class AbstractService {

	private static final Logger logger = LoggerFactory.getLogger(AbstractService.class);

	private static final Pattern NUMBER = Pattern.compile("A-\\d{3,}");

	private static final int SAVE_ATTEMPTS = 5;

	/**
	 * When to try a blind re-check again that ran out of time: about one parse's time.
	 */
	private static final Duration RECHECK_RETRY = Duration.ofSeconds(10);

	/** Findings that mean the blind check could not look at the file at all. */
	private static final Set<PdfCheckCode> UNCHECKABLE = Set.of(PdfCheckCode.DAMAGED, PdfCheckCode.ENCRYPTED,
			PdfCheckCode.NOT_PDF, PdfCheckCode.TOO_LARGE);

	/** Most PDF versions one abstract keeps; each stays in GridFS. */
	static final int MAX_PDF_VERSIONS = 30;

	private final MongoOperations mongo;

	private final ReferenceData referenceData;

	private final AccountDirectory accounts;

	private final AbstractNumbers numbers;

	private final PdfStore pdfs;

	private final PdfCheckService checks;

	private final PdfInspector inspector;

	private final AbstractMapper mapper;

	private final AbstractMails mails;

	private final AuditLog audit;

	private final Clock clock;

	private final AbstractQuotas quotas;

	private final PdfCheckAllowance allowance;

	AbstractService(MongoOperations mongo, ReferenceData referenceData, AccountDirectory accounts,
			AbstractNumbers numbers, PdfStore pdfs, PdfCheckService checks, PdfInspector inspector,
			AbstractMapper mapper, AbstractMails mails, AuditLog audit, Clock clock, AbstractQuotas quotas,
			PdfCheckAllowance allowance) {
		this.mongo = mongo;
		this.referenceData = referenceData;
		this.accounts = accounts;
		this.numbers = numbers;
		this.pdfs = pdfs;
		this.checks = checks;
		this.inspector = inspector;
		this.mapper = mapper;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
		this.quotas = quotas;
		this.allowance = allowance;
	}

	/**
	 * Creates a draft owned by the actor.
	 * @param actor who submits; must be an eligible person (or a chair)
	 * @param request the fields
	 * @return the draft
	 */
	public AbstractSubmission create(Actor actor, AbstractRequest request) {
		if (!actor.has(Role.CHAIR) && !this.accounts.eligibilityOf(actor.email()).eligible()) {
			throw new AccessRefusedException("Only pre-registered HU and SNU members submit abstracts; ask the chairs "
					+ "to add " + actor.email() + " to the pre-registration list");
		}
		EventSettings settings = this.referenceData.eventSettings();
		requireOpen(actor, settings, "create abstracts");
		this.quotas.requireRoomForAbstract(actor);
		Instant now = this.clock.instant();
		AbstractSubmission draft = build(UUID.randomUUID(), this.numbers.next(), actor.accountId(), request,
				AbstractStatus.DRAFT, now, now, null, List.of(), null);
		checkLimits(draft, settings.limits());
		this.mongo.insert(draft);
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
		requireChange(actor, current, "edit it");
		if (request.version() == null) {
			throw new DomainRuleException("abstract.version",
					"Send the version you loaded (field version, from GET /api/abstracts/{id}) so that concurrent "
							+ "edits are noticed");
		}
		EventSettings settings = this.referenceData.eventSettings();
		AbstractSubmission edited = build(current.id(), current.number(), current.submitterId(), request,
				current.status(), current.createdAt(), this.clock.instant(), current.submittedAt(),
				current.pdfVersions(), request.version());
		checkLimits(edited, settings.limits());
		if (settings.blindReview() && edited.currentPdf().isPresent() && authorsChanged(current, edited)) {
			// the PDF was checked against the authors as they were; whoever joins or is
			// renamed must not be named in it either
			requireAnonymous(actor, edited, settings);
		}
		AbstractSubmission saved = saveVersion(edited, current);
		this.audit.record(actor, "abstract.updated", saved.number(), Map.of("version", saved.version().toString()));
		return saved;
	}

	/**
	 * Checks an uploaded PDF and, if it passes, makes it the abstract's current PDF. The
	 * same bytes as the current PDF are not a new version.
	 * @param actor who uploads
	 * @param idOrNumber the abstract's id or number
	 * @param fileName the name of the author's file (display only)
	 * @param content the bytes, e.g. the multipart file
	 * @param declaredSize the size the client declared, or -1
	 * @return the abstract, the report and whether a version was added
	 * @throws PdfRejectedException when a check fails; nothing is stored
	 */
	public PdfUpload uploadPdf(Actor actor, String idOrNumber, String fileName, InputStreamSource content,
			long declaredSize) {
		AbstractSubmission current = find(actor, idOrNumber);
		requireChange(actor, current, "upload a PDF");
		EventSettings settings = this.referenceData.eventSettings();
		// the preview is rendered on first view (PdfPreviews), keeping uploads at the
		// deadline fast
		PdfCheckOptions options = new PdfCheckOptions(settings.limits(), settings.blindReview(), names(current), false,
				emails(current));
		PdfCheckAllowance.Permit permit = this.allowance.acquire(actor.accountId());
		try (CheckedUpload upload = this.checks.check(fileName, content, declaredSize, options)) {
			PdfReport report = upload.report();
			if (!report.accepted()) {
				throw new PdfRejectedException(report);
			}
			Optional<PdfVersion> latest = current.currentPdf();
			if (latest.isPresent() && latest.get().sha256().equals(report.sha256())
					&& this.pdfs.exists(latest.get().fileId())) {
				return new PdfUpload(current, latest.get(), report, false);
			}
			DomainRuleException.require(current.pdfVersions().size() < MAX_PDF_VERSIONS, "abstract.pdf.versions",
					current.number() + " already has " + MAX_PDF_VERSIONS
							+ " PDF versions, the most one abstract keeps; write to the chairs if you need another");
			this.quotas.requireRoomForPdf(actor, current, report.size());
			return storeVersion(actor, current, upload, report);
		}
		finally {
			permit.close();
		}
	}

	/**
	 * Stores the file once, then appends its version to the abstract, retrying against
	 * the fresh record when another upload or edit got there first. Each attempt checks
	 * again that the abstract still takes uploads (a withdrawal may have landed in the
	 * meantime); the save is conditional on the record's version, so the status it saw is
	 * the status it writes over. The abstract refers to the file only once it is stored;
	 * a file that no abstract ends up referring to is removed, and a file that was saved
	 * is never removed, whatever fails afterwards.
	 */
	private PdfUpload storeVersion(Actor actor, AbstractSubmission loaded, CheckedUpload upload, PdfReport report) {
		String fileId = this.pdfs.storePdf(upload.file(), loaded.id(), report.sha256(), report.text());
		PdfUpload stored;
		try {
			stored = appendVersion(actor, loaded, fileId, upload, report);
		}
		catch (RuntimeException ex) {
			this.pdfs.delete(fileId);
			throw ex;
		}
		if (!stored.newVersion()) {
			// the same bytes arrived concurrently and won
			this.pdfs.delete(fileId);
			return stored;
		}
		afterNewVersion(actor, stored);
		return stored;
	}

	private PdfUpload appendVersion(Actor actor, AbstractSubmission loaded, String fileId, CheckedUpload upload,
			PdfReport report) {
		AbstractSubmission current = loaded;
		for (int attempt = 1;; attempt++) {
			Optional<PdfVersion> latest = current.currentPdf();
			if (latest.isPresent() && latest.get().sha256().equals(report.sha256())
					&& this.pdfs.exists(latest.get().fileId())) {
				return new PdfUpload(current, latest.get(), report, false);
			}
			Instant now = this.clock.instant();
			PdfVersion version = new PdfVersion(current.pdfVersions().size() + 1, fileId,
					safeDisplayName(upload.fileName()), report.size(), report.sha256(), report.pages(), report.words(),
					notes(report), actor.accountId(), now);
			try {
				return new PdfUpload(this.mongo.save(current.withPdf(version, now)), version, report, true);
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt >= SAVE_ATTEMPTS) {
					throw new ConflictException("Abstract " + current.number()
							+ " kept changing while the PDF was stored; upload it again");
				}
				current = load(current.id());
				requireChange(actor, current, "upload a PDF");
			}
		}
	}

	/**
	 * The audit entry and, after submission, the receipt. The version is stored by now: a
	 * failure here is logged and does not turn the stored upload into an error (a retry
	 * would only find the same bytes "unchanged").
	 */
	private void afterNewVersion(Actor actor, PdfUpload stored) {
		AbstractSubmission saved = stored.submission();
		try {
			this.audit.record(actor, "abstract.pdf-uploaded", saved.number(),
					Map.of("version", Integer.toString(stored.version().number()), "sha256", stored.report().sha256()));
			if (saved.status() == AbstractStatus.SUBMITTED) {
				this.mails.receipt(saved, this.referenceData.eventSettings(), true);
			}
		}
		catch (RuntimeException ex) {
			logger.error("PDF version {} of {} is stored, but its audit entry or receipt could not be written",
					stored.version().number(), saved.number(), ex);
		}
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
		requireChange(actor, current, "submit it");
		EventSettings settings = this.referenceData.eventSettings();
		if (current.currentPdf().isEmpty()) {
			throw new DomainRuleException("abstract.pdf.missing",
					"Upload the abstract as a PDF before submitting " + current.number());
		}
		if (current.text().isBlank()) {
			throw new DomainRuleException("abstract.text.missing",
					"Write the plain-text abstract before submitting " + current.number());
		}
		checkLimits(current, settings.limits());
		if (settings.blindReview()) {
			requireAnonymous(actor, current, settings);
		}
		AbstractSubmission submitted = save(current.apply(AbstractAction.SUBMIT, this.clock.instant()));
		this.audit.record(actor, "abstract.submitted", submitted.number(),
				Map.of("sha256", submitted.currentPdf().orElseThrow().sha256()));
		this.mails.receipt(submitted, settings, false);
		return submitted;
	}

	/**
	 * In blind mode, checks the current PDF once more against the authors as they are now
	 * (names, also family name first, and e-mail addresses): an author added or renamed
	 * after the upload must not be named in the file either. Fails closed: a check that
	 * could not finish (time limit, work budget, a file that no longer reads) refuses the
	 * change rather than letting a possibly named file through. The parse counts against
	 * the actor's {@link PdfCheckAllowance} like an upload, so edits cannot be used to
	 * keep the parse slots busy.
	 */
	private void requireAnonymous(Actor actor, AbstractSubmission submission, EventSettings settings) {
		PdfVersion pdf = submission.currentPdf().orElseThrow();
		PdfReport report;
		PdfCheckAllowance.Permit permit = this.allowance.acquire(actor.accountId());
		try {
			report = this.pdfs.withLocalCopy(pdf.fileId(), (file) -> this.inspector.inspect(file, pdf.sha256(),
					new PdfCheckOptions(settings.limits(), true, names(submission), false, emails(submission))));
		}
		finally {
			permit.close();
		}
		if (report.findings().stream().anyMatch((finding) -> finding.checkCode() == PdfCheckCode.TOO_COMPLEX)) {
			// under load a parse may run out of time; the person tries again once the
			// slots have had a parse's time to clear
			throw new PdfCheckerBusyException(RECHECK_RETRY);
		}
		List<PdfFinding> blocking = report.findings()
			.stream()
			.filter((finding) -> finding.checkCode() == PdfCheckCode.AUTHOR_NAME
					|| UNCHECKABLE.contains(finding.checkCode()))
			.toList();
		if (!blocking.isEmpty()) {
			throw new PdfRejectedException(
					new PdfReport(blocking, report.sha256(), report.size(), report.pages(), report.words(), "", null));
		}
	}

	/**
	 * Whether an edit changes who the authors are, as far as the blind check can tell:
	 * their names or addresses.
	 */
	private static boolean authorsChanged(AbstractSubmission before, AbstractSubmission after) {
		return !names(before).equals(names(after)) || !emails(before).equals(emails(after));
	}

	private static List<String> names(AbstractSubmission submission) {
		return submission.authors().stream().map(Author::name).toList();
	}

	private static List<String> emails(AbstractSubmission submission) {
		return submission.authors().stream().map(Author::email).toList();
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
		if (!actor.has(Role.CHAIR) && !actor.accountId().equals(current.submitterId())) {
			throw new AccessRefusedException(
					"Only the person who submitted " + current.number() + " (or a chair) may withdraw it");
		}
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
		AbstractSubmission found = lookup(idOrNumber);
		if (found == null || !maySee(actor, found)) {
			throw new NotFoundException("No abstract " + idOrNumber + " that you may see");
		}
		return found;
	}

	/**
	 * The abstracts an actor sees in lists: their own (as submitter or author), or all
	 * for chairs.
	 * @param actor who asks
	 * @param filter optional filters
	 * @return the abstracts, by number
	 */
	public List<AbstractSubmission> list(Actor actor, AbstractFilter filter) {
		Query query = new Query();
		if (!actor.has(Role.CHAIR)) {
			query.addCriteria(new Criteria().orOperator(Criteria.where("submitterId").is(actor.accountId()),
					Criteria.where("authors.email").is(actor.email())));
		}
		return this.mongo.find(query, AbstractSubmission.class)
			.stream()
			.filter(filter::matches)
			.sorted(Comparator.comparing(AbstractSubmission::number))
			.toList();
	}

	/**
	 * Whether the actor may see an abstract: own, chair, or assigned and not conflicted.
	 * A reviewer's conflicts are judged on the data as it is now (their account, the
	 * current authors, the institution policy) plus the stored ones, so no recompute step
	 * stands between an edit and its effect.
	 * @param actor who asks
	 * @param submission the abstract
	 * @return {@code true} if visible
	 */
	boolean maySee(Actor actor, AbstractSubmission submission) {
		if (AccessPolicy.maySeeAbstract(actor, submission, false, false)) {
			return true;
		}
		if (!actor.has(Role.REVIEWER)) {
			return false;
		}
		boolean assigned = this.mongo.exists(
				Query.query(Criteria.where("_id").is(Assignment.idFor(actor.accountId(), submission.id()))),
				Assignment.class);
		if (!assigned) {
			return false;
		}
		List<Conflict> stored = this.mongo.find(
				Query.query(Criteria.where("reviewerId").is(actor.accountId()).and("abstractId").is(submission.id())),
				Conflict.class);
		return AccessPolicy.maySeeAbstract(actor, this.accounts.findById(actor.accountId()).orElse(null), submission,
				true, this.referenceData.eventSettings().institutionPolicy(), stored);
	}

	/**
	 * What the actor may do with an abstract now.
	 * @param actor who asks
	 * @param submission the abstract
	 * @return edit, submit and withdraw permissions
	 */
	AbstractView.Permissions permissions(Actor actor, AbstractSubmission submission) {
		// what requireChange allows: chairs in any open status, the submitter while
		// authors
		// may edit
		boolean edit = submission.status() != AbstractStatus.WITHDRAWN
				&& AccessPolicy.mayChangeAbstract(actor, submission, authorsMayEdit(submission));
		boolean submit = edit && submission.status() == AbstractStatus.DRAFT;
		boolean withdraw = (actor.has(Role.CHAIR) || actor.accountId().equals(submission.submitterId()))
				&& AbstractLifecycle.allowedActions(submission.status()).contains(AbstractAction.WITHDRAW);
		return new AbstractView.Permissions(edit, submit, withdraw);
	}

	/**
	 * Whether the deadline and the status still let authors change an abstract.
	 * @param submission the abstract
	 * @return {@code true} before the deadline (plus grace) for drafts and submissions
	 */
	boolean authorsMayEdit(AbstractSubmission submission) {
		return submission.status().isEditableByAuthors()
				&& this.referenceData.eventSettings().acceptsSubmissionsAt(this.clock.instant());
	}

	private void requireChange(Actor actor, AbstractSubmission submission, String what) {
		boolean chair = actor.has(Role.CHAIR);
		if (submission.status() == AbstractStatus.WITHDRAWN || (!submission.status().isEditableByAuthors() && !chair)) {
			throw new ConflictException(submission.number() + " is " + statusName(submission.status())
					+ ", so you cannot " + what + " any more");
		}
		if (chair) {
			return;
		}
		if (!actor.accountId().equals(submission.submitterId())) {
			throw new AccessRefusedException(
					"Only the person who submitted " + submission.number() + " may change it; co-authors can read it");
		}
		requireOpen(actor, this.referenceData.eventSettings(), what);
	}

	private static String statusName(AbstractStatus status) {
		return status.name().toLowerCase().replace('_', ' ');
	}

	private void requireOpen(Actor actor, EventSettings settings, String what) {
		Instant now = this.clock.instant();
		if (!actor.has(Role.CHAIR) && !settings.acceptsSubmissionsAt(now)) {
			String deadline = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
				.format(settings.submissionDeadline().in(settings.zone()));
			throw new DeadlinePassedException("The submission deadline (" + deadline + " " + settings.timeZone()
					+ ") has passed, so you cannot " + what + "; abstracts stay readable. Write to the chairs if "
					+ "something must still be fixed.");
		}
	}

	private void checkLimits(AbstractSubmission submission, SubmissionLimits limits) {
		Map<String, TopicArea> topics = this.referenceData.topicAreas(true)
			.stream()
			.collect(Collectors.toMap(TopicArea::code, (topic) -> topic));
		for (String code : submission.topics()) {
			TopicArea topic = topics.get(code);
			DomainRuleException.require(topic != null && topic.active(), "abstract.topic.unknown",
					"There is no topic area " + code + "; choose one of "
							+ this.referenceData.topicAreas(false).stream().map(TopicArea::code).toList());
		}
		DomainRuleException.require(submission.secondaryTopics().size() <= limits.maxSecondaryTopics(),
				"abstract.topic.count", "Choose at most " + limits.maxSecondaryTopics() + " secondary topic areas (now "
						+ submission.secondaryTopics().size() + ")");
		DomainRuleException.require(submission.keywords().size() <= limits.maxKeywords(), "abstract.keywords.count",
				"Give at most " + limits.maxKeywords() + " keywords (now " + submission.keywords().size() + ")");
		int words = WordCounter.count(submission.text());
		DomainRuleException.require(words <= limits.maxAbstractWords(), "abstract.text.words", "The abstract has "
				+ words + " words; at most " + limits.maxAbstractWords() + " are allowed. Shorten it and save again.");
		Set<String> institutions = this.referenceData.institutions()
			.stream()
			.map(Institution::code)
			.collect(Collectors.toSet());
		for (Author author : submission.authors()) {
			DomainRuleException.require(institutions.contains(author.institution()), "author.institution.unknown",
					"Author " + author.name() + " has institution " + author.institution() + "; use one of "
							+ institutions.stream().sorted().toList());
			DomainRuleException.require(EmailAddresses.isValid(author.email()), "author.email",
					"Author " + author.name() + " needs a valid e-mail address (not '" + author.email() + "')");
		}
	}

	private AbstractSubmission build(UUID id, String number, UUID submitterId, AbstractRequest request,
			AbstractStatus status, Instant createdAt, Instant updatedAt, Instant submittedAt, List<PdfVersion> versions,
			Long version) {
		return new AbstractSubmission(id, number, submitterId, request.title(),
				this.mapper.toAuthors(request.authors()), request.primaryTopic(), request.secondaryTopics(),
				request.keywords(), request.presentation(), request.studentPresenter(), request.text(), status,
				createdAt, updatedAt, submittedAt, versions, version);
	}

	private AbstractSubmission saveVersion(AbstractSubmission edited, AbstractSubmission current) {
		try {
			return this.mongo.save(edited);
		}
		catch (OptimisticLockingFailureException ex) {
			AbstractSubmission now = load(current.id());
			throw new ConflictException("Abstract " + current.number()
					+ " was changed elsewhere (another tab, device or person) since you loaded version "
					+ edited.version() + "; it is now at version " + now.version()
					+ ". Reload it and apply your change again.");
		}
	}

	private AbstractSubmission save(AbstractSubmission changed) {
		try {
			return this.mongo.save(changed);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ConflictException("Abstract " + changed.number()
					+ " was changed elsewhere at the same moment; reload it and try again");
		}
	}

	private AbstractSubmission load(UUID id) {
		AbstractSubmission found = this.mongo.findById(id, AbstractSubmission.class);
		if (found == null) {
			throw new NotFoundException("No abstract " + id);
		}
		return found;
	}

	private AbstractSubmission lookup(String idOrNumber) {
		if (idOrNumber == null) {
			return null;
		}
		String key = idOrNumber.strip();
		if (NUMBER.matcher(key.toUpperCase()).matches()) {
			return this.mongo.findOne(Query.query(Criteria.where("number").is(key.toUpperCase())),
					AbstractSubmission.class);
		}
		try {
			return this.mongo.findById(UUID.fromString(key), AbstractSubmission.class);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static List<CheckNote> notes(PdfReport report) {
		return report.findings().stream().map((PdfFinding f) -> new CheckNote(f.code(), f.args())).toList();
	}

	/**
	 * The uploaded file's name reduced to something safe to show: no path, no control
	 * characters, at most 120 characters.
	 */
	static String safeDisplayName(String name) {
		if (name == null) {
			return "abstract.pdf";
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>]", "").strip();
		if (base.isEmpty()) {
			return "abstract.pdf";
		}
		return (base.length() > 120) ? base.substring(base.length() - 120) : base;
	}

	/**
	 * The outcome of an upload.
	 *
	 * @param submission the abstract afterwards
	 * @param version the current PDF version
	 * @param report what the checks found
	 * @param newVersion whether the upload added a version (the same bytes again do not)
	 */
	public record PdfUpload(AbstractSubmission submission, PdfVersion version, PdfReport report, boolean newVersion) {
	}

}
