package org.husnu.symposium.review.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.StoredProposal;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.conflicts.ConflictReason;
import org.husnu.symposium.core.conflicts.ConflictRules;
import org.husnu.symposium.core.conflicts.InstitutionPolicy;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionState;
import org.husnu.symposium.core.program.ProgramPublication;
import org.husnu.symposium.core.reviewers.Bid;
import org.husnu.symposium.core.reviewers.Expertise;
import org.husnu.symposium.core.reviewers.ReviewerPapers;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewStatus;
import org.husnu.symposium.core.topics.TopicArea;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.demo.DemoPeople;
import org.husnu.symposium.platform.demo.DemoPeople.Person;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.review.assignment.AssignmentService;
import org.husnu.symposium.review.bids.BidService;
import org.husnu.symposium.review.conflicts.ConflictService;
import org.husnu.symposium.review.conflicts.SubmittedAbstracts;
import org.husnu.symposium.review.decisions.DecisionRelease;
import org.husnu.symposium.review.decisions.DecisionService;
import org.husnu.symposium.review.program.AcceptedTalks;
import org.husnu.symposium.review.program.ProgramPublishing;
import org.husnu.symposium.review.program.ProgramService;
import org.husnu.symposium.review.program.ProgramSuggestions;
import org.husnu.symposium.review.reviewers.ReviewerArchiveRepository;
import org.husnu.symposium.review.reviewers.ReviewerProfileRepository;
import org.husnu.symposium.review.reviewing.Reviewing;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo of review-service on the data submission-service's demo writes: it waits for
 * the accounts, then for every demo abstract, and ends with profiles, declared conflicts,
 * bids and an applied assignment, the same on every run.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
@Import(EmbeddedStoreTestConfiguration.class)
class DemoDataIntegrationTests {

	@Autowired
	MongoTemplate mongo;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	ReviewerProfileRepository profiles;

	@Autowired
	ReviewerArchiveRepository archives;

	@Autowired
	SubmittedAbstracts abstracts;

	@Autowired
	ConflictService conflicts;

	@Autowired
	BidService bids;

	@Autowired
	AssignmentService assignments;

	@Autowired
	DecisionService decisions;

	@Autowired
	DecisionRelease release;

	@Autowired
	Reviewing reviewing;

	@Autowired
	AcceptedTalks acceptedTalks;

	@Autowired
	ProgramService programs;

	@Autowired
	ProgramPublishing publishing;

	@Autowired
	ReferenceData referenceData;

	@Autowired
	ProgramSuggestions suggestions;

	@Test
	void waitsForAccountsAndAbstractsThenEndsWithConflictsBidsAndAnAppliedAssignmentTheSameOnEveryRun() {
		DemoData demoData = new DemoData(this.accounts, this.profiles, this.archives, this.abstracts, this.conflicts,
				this.bids, this.assignments, this.mongo, new DemoReviews(this.reviewing, this.accounts, this.mongo),
				new DemoDecisions(this.mongo, this.decisions, this.release), new DemoProgram(this.mongo,
						this.acceptedTalks, this.programs, this.publishing, this.referenceData, this.suggestions));
		assertThat(demoData.insertProfiles()).isFalse();
		assertThat(this.mongo.count(new Query(), ReviewerProfile.class)).isZero();

		// what submission-service's demo writes: the accounts first
		for (Person person : DemoPeople.all()) {
			this.mongo.insert(new Account(person.id(), person.email(), person.name(), person.institution(),
					person.department(), person.position(), person.language(), person.roles(), Instant.EPOCH, null));
		}

		assertThat(demoData.insertProfiles()).isTrue();
		assertThat(demoData.insertProfiles()).isTrue();
		long reviewers = DemoPeople.all().stream().filter((person) -> person.roles().contains(Role.REVIEWER)).count();
		assertThat(this.mongo.count(new Query(), ReviewerProfile.class)).isEqualTo(reviewers);
		ReviewerProfile vitalLab = this.mongo.findById(DemoPeople.idOf("jung@snu.ac.kr"), ReviewerProfile.class);
		assertThat(vitalLab.expertiseIn("PERIOPERATIVE_BIOSIGNALS")).isEqualTo(Expertise.EXPERT);
		assertThat(vitalLab.expertiseIn("GENOME_MEDICINE")).isEqualTo(Expertise.NONE);
		ReviewerPapers yamada = this.mongo.findById(DemoPeople.idOf("yamada@med.hokudai.ac.jp"), ReviewerPapers.class);
		assertThat(yamada.papers()).hasSize(2);
		assertThat(this.mongo.count(new Query(), ReviewerPapers.class)).as("own papers, not added twice").isEqualTo(4);

		// then the abstracts, one by one: nothing is assigned until the last one is in
		List<AbstractSubmission> demoAbstracts = demoAbstracts();
		for (AbstractSubmission submission : demoAbstracts.subList(0, demoAbstracts.size() - 1)) {
			this.mongo.insert(submission);
		}
		assertThat(demoData.review()).isFalse();
		this.mongo.insert(demoAbstracts.get(demoAbstracts.size() - 1));
		assertThat(demoData.review()).isTrue();

		List<Conflict> declared = this.mongo.findAll(Conflict.class);
		assertThat(declared).extracting(Conflict::reason).containsOnly(ConflictReason.DECLARED);
		assertThat(declared).extracting(Conflict::reviewerId)
			.containsExactlyInAnyOrderElementsOf(DemoData.DECLARING.stream().map(DemoPeople::idOf).toList());
		List<Bid> placed = this.mongo.findAll(Bid.class);
		assertThat(placed).hasSizeGreaterThan(40);
		assertThat(placed).extracting((bid) -> bid.level().preference()).contains(2, 1, 0, -1);
		assertThat(this.mongo.findAll(StoredProposal.class)).singleElement()
			.satisfies((proposal) -> assertThat(proposal.appliedAt()).isNotNull());
		List<Assignment> assigned = this.mongo.findAll(Assignment.class);
		long submitted = demoAbstracts.stream().filter((s) -> s.status() == AbstractStatus.SUBMITTED).count();
		assertThat(assigned).hasSize((int) submitted * 3);
		Map<UUID, AbstractSubmission> byId = demoAbstracts.stream()
			.collect(Collectors.toMap(AbstractSubmission::id, Function.identity()));
		for (Assignment assignment : assigned) {
			Account reviewer = this.mongo.findById(assignment.reviewerId(), Account.class);
			assertThat(ConflictRules.conflicts(reviewer, byId.get(assignment.abstractId()), InstitutionPolicy.NONE,
					declared))
				.as(assignment.id())
				.isFalse();
		}
		Set<String> pairs = pairs();
		List<Review> reviews = this.mongo.findAll(Review.class);
		List<Review> submittedReviews = reviews.stream()
			.filter((review) -> review.status() == ReviewStatus.SUBMITTED)
			.toList();
		assertThat(submittedReviews).as("most assigned pairs are reviewed").hasSizeGreaterThan(assigned.size() * 3 / 4);
		assertThat(reviews).filteredOn((review) -> review.status() == ReviewStatus.DRAFT).isNotEmpty();
		UUID harsh = DemoPeople.idOf(DemoReviews.HARSH);
		assertThat(mean(submittedReviews.stream().filter((review) -> review.reviewerId().equals(harsh)).toList()))
			.as("the harsh reviewer scores lower")
			.isLessThan(mean(submittedReviews.stream().filter((review) -> !review.reviewerId().equals(harsh)).toList())
					- 0.8);
		Map<UUID, List<Review>> byAbstract = submittedReviews.stream()
			.collect(Collectors.groupingBy(Review::abstractId));
		assertThat(byAbstract.values()).as("some abstracts are disputed")
			.anySatisfy((together) -> assertThat(
					together.stream().mapToDouble((review) -> mean(List.of(review))).max().orElse(0)
							- together.stream().mapToDouble((review) -> mean(List.of(review))).min().orElse(0))
				.isGreaterThanOrEqualTo(1.9));

		// every decision released; the accepted talks, both universities', in one
		// published program
		assertThat(this.mongo.findAll(Decision.class)).isNotEmpty()
			.allSatisfy((decision) -> assertThat(decision.state()).isEqualTo(DecisionState.RELEASED));
		List<AbstractSubmission> talks = this.acceptedTalks.all();
		assertThat(talks).hasSizeBetween(12, 16);
		assertThat(talks).extracting((talk) -> talk.authors().get(0).institution()).contains("HU", "SNU");
		ProgramPublication publication = this.mongo.findById(1, ProgramPublication.class);
		assertThat(publication.sessions()).hasSize(4);
		assertThat(publication.sessions())
			.flatExtracting((session) -> session.slots()
				.stream()
				.filter((slot) -> slot.talk() != null)
				.map((slot) -> slot.talk().abstractId())
				.toList())
			.containsExactlyInAnyOrderElementsOf(talks.stream().map(AbstractSubmission::id).toList());
		assertThat(publication.sessions())
			.allSatisfy((session) -> assertThat(session.chairs()).extracting(ProgramPublication.Person::institution)
				.containsExactly("HU", "SNU"));
		// the auto-suggest placed them: HU and SNU presenters balanced in every session;
		// the chair's coffee break in the morning
		assertThat(publication.sessions()).allSatisfy((session) -> {
			List<String> presenters = session.slots()
				.stream()
				.filter((slot) -> slot.talk() != null)
				.map((slot) -> slot.talk()
					.authors()
					.stream()
					.filter(ProgramPublication.PublishedAuthor::presenting)
					.findFirst()
					.orElseThrow()
					.institution())
				.toList();
			assertThat(Math.abs(Collections.frequency(presenters, "HU") - Collections.frequency(presenters, "SNU")))
				.as(session.title())
				.isLessThanOrEqualTo(1);
		});
		assertThat(publication.sessions())
			.filteredOn((session) -> session.slots().stream().anyMatch((slot) -> "Coffee break".equals(slot.label())))
			.hasSize(2);

		assertThat(demoData.review()).as("a second run adds nothing").isTrue();
		assertThat(this.mongo.count(new Query(), ProgramPublication.class)).isEqualTo(1);
		assertThat(this.mongo.count(new Query(), Assignment.class)).isEqualTo(assigned.size());
		assertThat(this.mongo.count(new Query(), Bid.class)).isEqualTo(placed.size());

		for (Class<?> type : List.of(Assignment.class, Bid.class, Conflict.class, StoredProposal.class)) {
			this.mongo.remove(new Query(), type);
		}
		assertThat(demoData.review()).isTrue();
		assertThat(pairs()).as("the same assignment from the same data").isEqualTo(pairs);
	}

	private static double mean(List<Review> reviews) {
		return reviews.stream()
			.flatMap((review) -> review.scores().values().stream())
			.mapToInt(Integer::intValue)
			.average()
			.orElse(0);
	}

	private Set<String> pairs() {
		return this.mongo.findAll(Assignment.class)
			.stream()
			.map(Assignment::id)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * Abstracts shaped like the demo's: each by a presenter of one university with a
	 * co-author of the other, across the topic areas; four drafts and one withdrawn.
	 */
	private List<AbstractSubmission> demoAbstracts() {
		List<String> topics = this.mongo.findAll(TopicArea.class).stream().map(TopicArea::code).sorted().toList();
		List<AbstractSubmission> built = new ArrayList<>();
		for (int i = 0; i < DemoPeople.ABSTRACTS; i++) {
			boolean hu = i % 2 == 0;
			AbstractStatus status = (i % 10 == 3) ? AbstractStatus.DRAFT
					: (i == 17) ? AbstractStatus.WITHDRAWN : AbstractStatus.SUBMITTED;
			AbstractFixtures.Builder builder = (status == AbstractStatus.DRAFT) ? AbstractFixtures.draft()
					: AbstractFixtures.submitted();
			built.add(builder.withId(UUID.nameUUIDFromBytes(("demo-" + i).getBytes()))
				.withNumber(String.format("A-%03d", i + 1))
				.withTitle("Demo abstract " + i)
				.withPrimaryTopic(topics.get(i % topics.size()))
				.withAuthors(
						new Author("Presenter " + i, "Lab " + i, hu ? "HU" : "SNU",
								"presenter" + i + (hu ? "@hokudai.ac.jp" : "@snu.ac.kr"), true),
						new Author("Co-author " + i, "Lab " + i, hu ? "SNU" : "HU",
								"coauthor" + i + (hu ? "@snu.ac.kr" : "@hokudai.ac.jp"), false))
				.withStatus(status)
				.build());
		}
		return built;
	}

}
