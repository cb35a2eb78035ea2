package org.husnu.symposium.review.demo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.reviewers.OwnPaper;
import org.husnu.symposium.core.reviewers.ReviewerPapers;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.demo.DemoPeople;
import org.husnu.symposium.platform.demo.DemoPeople.Person;
import org.husnu.symposium.review.reviewers.ReviewerArchiveRepository;
import org.husnu.symposium.review.reviewers.ReviewerProfileRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Demo data of review-service ({@code ./run.sh --demo}): reviewer profiles of the demo
 * reviewers, and own papers for some of them. Their accounts are written by
 * submission-service, which may start later, so this checks every second (for two minutes
 * at most) until the accounts are there, without holding up start-up.
 */
@Component
@Profile("demo")
class DemoData implements SmartInitializingSingleton, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(DemoData.class);

	private static final int MAX_ATTEMPTS = 120;

	private final AccountDirectory accounts;

	private final ReviewerProfileRepository profiles;

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

	private final SimpleAsyncTaskScheduler scheduler = new SimpleAsyncTaskScheduler();

	DemoData(AccountDirectory accounts, ReviewerProfileRepository profiles, ReviewerArchiveRepository archives) {
		this.accounts = accounts;
		this.profiles = profiles;
		this.archives = archives;
	}

	@Override
	public void afterSingletonsInstantiated() {
		AtomicInteger attempts = new AtomicInteger();
		AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
		task.set(this.scheduler.scheduleWithFixedDelay(() -> {
			boolean done = insertProfiles();
			if (done || attempts.incrementAndGet() >= MAX_ATTEMPTS) {
				if (!done) {
					logger.warn("Demo reviewer accounts did not appear; is submission-service running with --demo?");
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
	 * Inserts the profiles of demo reviewers whose accounts exist.
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
				this.profiles.insert(ReviewerProfile.invited(account.id(), account.email(), 5, account.createdAt())
					.withProfile(person.expertise(), "", List.of(), null, 5, null));
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

}
