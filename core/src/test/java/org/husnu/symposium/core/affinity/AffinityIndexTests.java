package org.husnu.symposium.core.affinity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AffinityIndexTests {

	private static final ReviewerArchive SEPSIS_EN = archive("sepsis-en",
			paper("Early prediction of sepsis in the intensive care unit with deep learning",
					"We train a recurrent neural network on vital signs and laboratory data of ICU patients to "
							+ "predict septic shock hours before onset."),
			paper("Mortality risk models for septic patients", "Electronic health records of critical care."));

	private static final ReviewerArchive GENOME_EN = archive("genome-en",
			paper("Whole genome sequencing of hereditary cancer",
					"Germline variants found by next-generation sequencing guide precision medicine."),
			paper("Polygenic risk scores", "A genome-wide association study of breast cancer."));

	private static final ReviewerArchive SURGERY_EN = archive("surgery-en",
			paper("Surgical phase recognition in laparoscopic video",
					"A convolutional network recognises instruments and phases of robotic surgery."),
			paper("Intraoperative hypotension under anesthesia", "Predicting hypotension during surgery."));

	private static final List<ReviewerArchive> ENGLISH = List.of(SEPSIS_EN, GENOME_EN, SURGERY_EN);

	@Test
	void englishSubmissionRanksTheReviewerOfTheSameTopicFirst() {
		AffinityDocument submission = submission("Deep learning for sepsis detection in the ICU",
				"Vital signs of intensive care patients predict septic shock.");
		assertThat(ranking(ENGLISH, submission)).containsExactly("sepsis-en", "surgery-en", "genome-en");
	}

	@Test
	void japaneseSubmissionFindsTheEnglishReviewerOfTheSameTopic() {
		AffinityDocument submission = submission("集中治療室における深層学習を用いた敗血症の早期予測", "ICU患者のバイタルサインと血液検査から敗血症性ショックを予測する。");
		List<String> ranking = ranking(ENGLISH, submission);
		assertThat(ranking.get(0)).isEqualTo("sepsis-en");
		AffinityIndex index = AffinityIndex.build(ENGLISH, List.of(submission), AffinityMethod.CHOSEN);
		assertThat(index.scores(submission)[0]).isPositive();
	}

	@Test
	void koreanSubmissionFindsTheEnglishReviewerOfTheSameTopic() {
		AffinityDocument submission = submission("전장 유전체 분석을 이용한 유전성 암의 정밀의료", "차세대 염기서열 분석으로 유전자 변이를 찾는다.");
		assertThat(ranking(ENGLISH, submission).get(0)).isEqualTo("genome-en");
	}

	@Test
	void japaneseArchivesRankJapaneseSubmissions() {
		List<ReviewerArchive> archives = List.of(
				archive("surgery-ja", paper("腹腔鏡手術動画における手術工程の自動認識", "ロボット支援手術の映像から術具を検出する。")),
				archive("dementia-ja", paper("高齢者の認知症の早期発見", "介護施設での日常生活動作から認知機能の低下を推定する。")));
		AffinityDocument submission = submission("認知症高齢者の介護記録からの認知機能低下の予測", "介護施設の記録を解析した。");
		assertThat(ranking(archives, submission)).containsExactly("dementia-ja", "surgery-ja");
	}

	@Test
	void koreanArchivesRankKoreanSubmissions() {
		List<ReviewerArchive> archives = List.of(
				archive("drug-ko", paper("신약 개발을 위한 분자 도킹", "가상 스크리닝으로 표적 단백질의 결합 친화도를 예측한다.")),
				archive("anesthesia-ko", paper("수술 중 저혈압 예측", "마취 중 환자의 활력징후로 저혈압을 예측한다.")));
		AffinityDocument submission = submission("마취 환자의 수술 중 저혈압 조기 경보", "활력징후 기반 예측 모델.");
		assertThat(ranking(archives, submission)).containsExactly("anesthesia-ko", "drug-ko");
	}

	@Test
	void scoresAreBetweenZeroAndOneAndEmptyArchivesScoreZero() {
		List<ReviewerArchive> archives = new ArrayList<>(ENGLISH);
		archives.add(new ReviewerArchive("empty", List.of()));
		AffinityDocument submission = SEPSIS_EN.papers().get(0);
		AffinityIndex index = AffinityIndex.build(archives, List.of(submission), AffinityMethod.CHOSEN);
		double[] scores = index.scores(submission);
		assertThat(java.util.Arrays.stream(scores).boxed().toList())
			.allSatisfy((score) -> assertThat(score).isBetween(0.0, 1.0));
		assertThat(scores[3]).isZero();
		assertThat(scores[0]).isGreaterThan(0.3);
	}

	@Test
	void scoresDoNotDependOnTheOrderOfArchivesOrSubmissions() {
		AffinityDocument first = submission("Sepsis in the ICU", "Deep learning on vital signs.");
		AffinityDocument second = submission("Genome sequencing", "Hereditary cancer variants.");
		AffinityIndex forward = AffinityIndex.build(ENGLISH, List.of(first, second), AffinityMethod.CHOSEN);
		List<ReviewerArchive> reversed = new ArrayList<>(ENGLISH);
		Collections.reverse(reversed);
		AffinityIndex backward = AffinityIndex.build(reversed, List.of(second, first), AffinityMethod.CHOSEN);
		double[] a = forward.scores(first);
		double[] b = backward.scores(first);
		assertThat(a[0]).isEqualTo(b[2]);
		assertThat(a[1]).isEqualTo(b[1]);
		assertThat(a[2]).isEqualTo(b[0]);
	}

	@Test
	void theBaselineRanksTheSameTopicFirstToo() {
		AffinityDocument submission = submission("Robotic surgery video", "Laparoscopic phase recognition.");
		AffinityIndex index = AffinityIndex.build(ENGLISH, List.of(submission), AffinityMethod.TFIDF_BASELINE);
		double[] scores = index.scores(submission);
		assertThat(scores[2]).isGreaterThan(scores[0]).isGreaterThan(0);
	}

	@Test
	void explanationNamesTermsInTheSubmissionsLanguageAndTheMatchingPapers() {
		AffinityDocument submission = submission("深層学習を用いた敗血症の早期予測", "集中治療室の患者のバイタルサイン。");
		AffinityIndex index = AffinityIndex.build(ENGLISH, List.of(submission), AffinityMethod.CHOSEN);
		Affinity affinity = index.explain(0, submission);
		assertThat(affinity.score()).isEqualTo(index.scores(submission)[0]);
		assertThat(affinity.terms()).isNotEmpty().hasSizeLessThanOrEqualTo(5).contains("敗血症");
		assertThat(affinity.papers()).first()
			.isEqualTo("Early prediction of sepsis in the intensive care unit with deep learning");
		Affinity none = index.explain(1, submission);
		assertThat(none.score()).isZero();
		assertThat(none.terms()).isEmpty();
	}

	private static List<String> ranking(List<ReviewerArchive> archives, AffinityDocument submission) {
		AffinityIndex index = AffinityIndex.build(archives, List.of(submission), AffinityMethod.CHOSEN);
		double[] scores = index.scores(submission);
		List<Integer> order = new ArrayList<>();
		for (int r = 0; r < scores.length; r++) {
			order.add(r);
		}
		order.sort((a, b) -> Double.compare(scores[b], scores[a]));
		return order.stream().map((r) -> archives.get(r).reviewer()).toList();
	}

	private static ReviewerArchive archive(String reviewer, AffinityDocument... papers) {
		return new ReviewerArchive(reviewer, List.of(papers));
	}

	private static AffinityDocument paper(String title, String body) {
		return AffinityDocument.of(title, title, body, null);
	}

	private static AffinityDocument submission(String title, String body) {
		return AffinityDocument.of("submission", title, body, null);
	}

}
