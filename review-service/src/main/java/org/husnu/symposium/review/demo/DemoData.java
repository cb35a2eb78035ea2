package org.husnu.symposium.review.demo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.StoredProposal;
import org.husnu.symposium.core.reviewers.OwnPaper;
import org.husnu.symposium.core.reviewers.ReviewerPapers;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.demo.DemoPeople;
import org.husnu.symposium.platform.demo.DemoPeople.Person;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.review.assignment.AssignmentService;
import org.husnu.symposium.review.bids.BidService;
import org.husnu.symposium.review.conflicts.ConflictService;
import org.husnu.symposium.review.conflicts.SubmittedAbstracts;
import org.husnu.symposium.review.reviewers.ReviewerArchiveRepository;
import org.husnu.symposium.review.reviewers.ReviewerProfileRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Demo data of review-service ({@code ./run.sh --demo}): reviewer profiles of the demo
 * reviewers (own papers for some of them), then, once every demo abstract is there, a few
 * declared conflicts, the reviewers' bids and an applied assignment, each through the
 * service the people use (declaring, bidding, a chair computing and applying the
 * proposal). The accounts and abstracts are written by submission-service, which may
 * start later, so this checks every second (for five minutes at most) until they are
 * there, without holding up start-up. Everything is decided from the data (expertise,
 * numbers), so every run ends the same; once an assignment exists nothing is added. The
 * reviews, the released decisions and the published oral program follow the assignment.
 */
@Component
@Profile("demo")
class DemoData implements SmartInitializingSingleton, DisposableBean {

	/** The demo chair who computes and applies the assignment. */
	static final String CHAIR = "chair.hu@hokudai.ac.jp";

	/**
	 * Reviewers who declare a conflict with the first abstract of their best topic: each
	 * has a co-author there (the demo says so in the reason).
	 */
	static final List<String> DECLARING = List.of("choi@snuh.org", "watanabe@hokudai.ac.jp");

	/** Load cap of the demo reviewers: eight of them review 35 abstracts three times. */
	static final int MAX_LOAD = 15;

	private static final Logger logger = LoggerFactory.getLogger(DemoData.class);

	private static final int MAX_ATTEMPTS = 300;

	private final AccountDirectory accounts;

	private final ReviewerProfileRepository profiles;

	private final SubmittedAbstracts abstracts;

	private final ConflictService conflicts;

	private final BidService bids;

	private final AssignmentService assignments;

	private final MongoOperations mongo;

	private final DemoReviews reviews;

	/**
	 * Own papers of some demo reviewers (title, abstract), in their languages, so the
	 * assignment's text affinity has something to compare (docs/affinity.md).
	 */
	private static final Map<String, List<String[]>> PAPERS = Map.of("yamada@med.hokudai.ac.jp", List.of(
			new String[] { "胸部X線画像のトリアージにおける深層学習の不確実性推定", "胸部レントゲン画像から緊急度の高い所見を検出する畳み込みニューラルネットワークに、不確実性推定を加えた。" },
			new String[] { "Self-supervised pretraining for abdominal CT segmentation",
					"Unlabeled abdominal CT scans pretrain a segmentation network; radiologists review the uncertain cases." }),
			"lee@snu.ac.kr",
			List.of(new String[] { "일상 혈액 검사 수치를 이용한 패혈증 조기 경보", "중환자실 환자의 혈액 검사와 활력징후로 패혈증을 조기에 예측하는 딥러닝 모델." },
					new String[] { "Electrocardiogram deep learning for electrolyte disorders",
							"A convolutional network estimates potassium levels from the ECG." }),
			"choi@snuh.org",
			List.of(new String[] { "경도인지장애 환자의 음성 지표", "음성 녹음에서 경도인지장애와 치매를 구별하는 특징을 찾는다." },
					new String[] { "Polygenic risk of Alzheimer's disease in Korean cohorts",
							"A genome-wide association study and polygenic risk scores for dementia." }),
			"suzuki@pharm.hokudai.ac.jp",
			List.<String[]>of(new String[] { "グラフニューラルネットワークによる薬物相互作用の予測", "創薬における有害事象を、分子グラフから予測する。" }));

	private final ReviewerArchiveRepository archives;

	private final DemoDecisions demoDecisions;

	private final DemoProgram demoProgram;

	private final SimpleAsyncTaskScheduler scheduler = new SimpleAsyncTaskScheduler();

	DemoData(AccountDirectory accounts, ReviewerProfileRepository profiles, ReviewerArchiveRepository archives,
			SubmittedAbstracts abstracts, ConflictService conflicts, BidService bids, AssignmentService assignments,
			MongoOperations mongo, DemoReviews reviews, DemoDecisions demoDecisions, DemoProgram demoProgram) {
		this.demoDecisions = demoDecisions;
		this.demoProgram = demoProgram;
		this.accounts = accounts;
		this.profiles = profiles;
		this.archives = archives;
		this.abstracts = abstracts;
		this.conflicts = conflicts;
		this.bids = bids;
		this.assignments = assignments;
		this.mongo = mongo;
		this.reviews = reviews;
	}

	@Override
	public void afterSingletonsInstantiated() {
		AtomicInteger attempts = new AtomicInteger();
		AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
		task.set(this.scheduler.scheduleWithFixedDelay(() -> {
			boolean done = insertProfiles() && review();
			if (done || attempts.incrementAndGet() >= MAX_ATTEMPTS) {
				if (!done) {
					logger.warn("Demo accounts or abstracts did not appear; is submission-service running with --demo "
							+ "(and before the submission deadline)?");
				}
				ScheduledFuture<?> self = task.get();
				if (self != null) {
					self.cancel(false);
				}
				this.scheduler.close();
			}
		}, Duration.ofSeconds(1)));
	}

	@Override
	public void destroy() {
		// stop waiting for the accounts when the service stops first
		this.scheduler.close();
	}

	/**
	 * Inserts the profiles of demo reviewers whose accounts exist, and the own papers of
	 * those who have some.
	 * @return whether every demo reviewer has a profile now
	 */
	boolean insertProfiles() {
		boolean complete = true;
		int inserted = 0;
		for (Person person : DemoPeople.all()) {
			if (!person.roles().contains(Role.REVIEWER)) {
				continue;
			}
			Account account = this.accounts.findByEmail(person.email()).orElse(null);
			if (account == null) {
				complete = false;
				continue;
			}
			try {
				this.profiles
					.insert(ReviewerProfile.invited(account.id(), account.email(), MAX_LOAD, account.createdAt())
						.withProfile(person.expertise(), "", List.of(), null, MAX_LOAD, null));
				inserted++;
			}
			catch (DuplicateKeyException ex) {
				// already there from an earlier run
			}
			List<String[]> papers = PAPERS.get(person.email());
			if (papers != null && this.archives.findById(account.id()).isEmpty()) {
				this.archives.save(new ReviewerPapers(account.id(),
						papers.stream()
							.map((paper) -> OwnPaper.of(paper[0], paper[1], "manual", account.createdAt()))
							.toList(),
						null));
			}
		}
		if (inserted > 0) {
			logger.info("Demo data: {} reviewer profiles inserted", inserted);
		}
		return complete;
	}

	/**
	 * Once every demo abstract is in: declared conflicts, bids, and the assignment a
	 * chair computes and applies. Nothing is done when an assignment exists already.
	 * @return whether the review demo is complete (or was already)
	 */
	boolean review() {
		if (this.mongo.exists(new Query(), Assignment.class)) {
			return true;
		}
		long finished = this.mongo.count(Query.query(Criteria.where("status").ne(AbstractStatus.DRAFT)),
				AbstractSubmission.class);
		if (finished < DemoPeople.ABSTRACTS - DemoPeople.DRAFTS) {
			return false;
		}
		List<AbstractSubmission> submitted = this.abstracts.all();
		int declared = declareConflicts(submitted);
		int placed = placeBids(submitted);
		Actor chair = actor(CHAIR);
		StoredProposal proposal = this.assignments.propose(chair, null);
		AssignmentService.Applied applied = this.assignments.apply(chair, proposal.id());
		logger.info("Demo data: {} conflicts declared, {} bids, proposal {} applied ({} pairs, {} unmet)", declared,
				placed, proposal.id(), applied.applied(), proposal.proposal().unmet().size());
		this.reviews.add();
		this.demoDecisions.decide(chair);
		this.demoProgram.build(chair);
		return true;
	}

	private int declareConflicts(List<AbstractSubmission> submitted) {
		int declared = 0;
		for (String email : DECLARING) {
			ReviewerProfile profile = this.profiles.findById(DemoPeople.idOf(email)).orElseThrow();
			AbstractSubmission chosen = submitted.stream()
				.filter((submission) -> profile.expertiseIn(submission.primaryTopic()).level() >= 2)
				.findFirst()
				.orElse(submitted.get(0));
			if (this.conflicts.declare(actor(email), chosen.number(), null,
					"I co-author a paper on this project with one of the authors (demo)")) {
				declared++;
			}
		}
		return declared;
	}

	/**
	 * Each demo reviewer bids by their expertise in an abstract's primary topic: eager
	 * (+2) as an expert, willing (+1) when knowledgeable, neutral (0) when familiar, and
	 * "rather not" (-1) on every fifth of the others; a conflicted abstract is skipped.
	 */
	private int placeBids(List<AbstractSubmission> submitted) {
		int placed = 0;
		int reviewerIndex = 0;
		for (Person person : DemoPeople.all()) {
			if (!person.roles().contains(Role.REVIEWER)) {
				continue;
			}
			ReviewerProfile profile = this.profiles.findById(person.id()).orElseThrow();
			Actor reviewer = actor(person.email());
			for (int i = 0; i < submitted.size(); i++) {
				AbstractSubmission submission = submitted.get(i);
				int expertise = profile.expertiseIn(submission.primaryTopic()).level();
				Integer level = switch (expertise) {
					case 3 -> 2;
					case 2 -> 1;
					case 1 -> 0;
					default -> ((i + reviewerIndex) % 5 == 0) ? -1 : null;
				};
				if (level == null) {
					continue;
				}
				try {
					this.bids.place(reviewer, submission.number(), level);
					placed++;
				}
				catch (NotFoundException ex) {
					// the reviewer conflicts with it: they cannot bid, as on the page
				}
			}
			reviewerIndex++;
		}
		return placed;
	}

	private Actor actor(String email) {
		return Actor.of(this.accounts.findByEmail(email).orElseThrow());
	}

}
