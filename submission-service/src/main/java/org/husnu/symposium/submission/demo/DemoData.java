package org.husnu.symposium.submission.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.PresentationPreference;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.PreRegistration;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.demo.DemoPeople;
import org.husnu.symposium.platform.demo.DemoPeople.Person;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.submission.abstracts.AbstractRequest;
import org.husnu.symposium.submission.abstracts.AbstractRequest.AuthorRequest;
import org.husnu.symposium.submission.abstracts.AbstractService;
import org.husnu.symposium.submission.accounts.AccountRepository;
import org.husnu.symposium.submission.people.PreRegistrationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Demo data of submission-service ({@code ./run.sh --demo}): the demo people's
 * pre-registrations and accounts, and 40 abstracts with generated PDFs. Insert-only, so
 * running the demo again changes nothing. Runs once every bean (reference data and
 * indexes included) is ready, before the web server opens.
 */
@Component
@Profile("demo")
class DemoData implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(DemoData.class);

	private final MongoOperations mongo;

	private final PreRegistrationRepository preRegistrations;

	private final AccountRepository accounts;

	private final AccountDirectory directory;

	private final Clock clock;

	private final AbstractService abstracts;

	private final ReferenceData referenceData;

	DemoData(MongoOperations mongo, PreRegistrationRepository preRegistrations, AccountRepository accounts,
			AccountDirectory directory, Clock clock, AbstractService abstracts, ReferenceData referenceData) {
		this.mongo = mongo;
		this.preRegistrations = preRegistrations;
		this.accounts = accounts;
		this.directory = directory;
		this.clock = clock;
		this.abstracts = abstracts;
		this.referenceData = referenceData;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Instant now = this.clock.instant();
		int inserted = 0;
		for (Person person : DemoPeople.all()) {
			inserted += insertIfAbsent(() -> this.preRegistrations.insert(new PreRegistration(person.email(),
					person.name(), person.institution(), person.position(), now, null)));
			inserted += insertIfAbsent(() -> this.accounts
				.insert(new Account(person.id(), person.email(), person.name(), person.institution(),
						person.department(), person.position(), person.language(), person.roles(), now, null)));
		}
		logger.info("Demo data: {} pre-registrations and accounts inserted ({} people)", inserted,
				DemoPeople.all().size());
		insertAbstracts();
	}

	/**
	 * Adds the demo abstracts through the same service authors use: checked PDFs,
	 * versions in GridFS, receipts. An abstract whose submitter already has one with the
	 * same title is skipped, so a second run adds nothing.
	 */
	private void insertAbstracts() {
		if (!this.referenceData.eventSettings().acceptsSubmissionsAt(this.clock.instant())) {
			logger.info("Demo data: the submission deadline has passed; no demo abstracts added");
			return;
		}
		blindReviewOnFirstRun();
		boolean blind = this.referenceData.eventSettings().blindReview();
		int added = 0;
		for (DemoAbstracts.Spec spec : DemoAbstracts.all()) {
			Account presenter = this.directory.findByEmail(spec.presenter()[0]).orElse(null);
			if (presenter == null || this.mongo.exists(
					Query.query(Criteria.where("submitterId").is(presenter.id()).and("title").is(spec.title())),
					AbstractSubmission.class)) {
				continue;
			}
			Actor actor = Actor.of(presenter);
			AbstractRequest request = new AbstractRequest(spec.title(),
					List.of(author(spec.presenter(), true), author(spec.coAuthor(), false)), spec.topic(),
					(spec.secondaryTopic() != null) ? List.of(spec.secondaryTopic()) : List.of(),
					List.of("medical AI", spec.topic().toLowerCase().replace('_', ' ')),
					PresentationPreference.valueOf(spec.presentation()), spec.student(), spec.text(), null);
			AbstractSubmission draft = this.abstracts.create(actor, request);
			// in blind review the file must not name its authors, as the upload checks
			String byline = (blind) ? "Authors withheld for blind review" : spec.presenter()[1] + " ("
					+ spec.presenter()[2] + "), " + spec.coAuthor()[1] + " (" + spec.coAuthor()[2] + ")";
			byte[] pdf = DemoPdfs.render(spec.title(), spec.englishTitle(), byline, spec.text());
			this.abstracts.uploadPdf(actor, draft.id().toString(), draft.number() + ".pdf", new ByteArrayResource(pdf),
					pdf.length);
			if (!"DRAFT".equals(spec.status())) {
				this.abstracts.submit(actor, draft.id().toString());
			}
			if ("WITHDRAWN".equals(spec.status())) {
				this.abstracts.withdraw(actor, draft.id().toString());
			}
			added++;
		}
		logger.info("Demo data: {} abstracts added ({} in the demo set)", added, DemoAbstracts.all().size());
	}

	/**
	 * The demo runs in blind review, as the symposium will: switched on when the store
	 * holds no abstract yet, so a chair's later choice is never overwritten by a restart.
	 */
	private void blindReviewOnFirstRun() {
		if (this.referenceData.eventSettings().blindReview()
				|| this.mongo.exists(new Query(), AbstractSubmission.class)) {
			return;
		}
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(EventSettings.ID)),
				new Update().set("blindReview", true), EventSettings.class);
		logger.info("Demo data: blind review switched on");
	}

	private static AuthorRequest author(String[] person, boolean presenting) {
		return new AuthorRequest(person[1], person[3], person[2], person[0], presenting);
	}

	private static int insertIfAbsent(Runnable insert) {
		try {
			insert.run();
			return 1;
		}
		catch (DuplicateKeyException ex) {
			return 0;
		}
	}

}
