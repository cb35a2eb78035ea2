package org.husnu.symposium.submission.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo's 40 abstracts across every topic area, from the demo people of both
 * universities, most of them joint HU–SNU work (the session's aim), some with Japanese or
 * Korean titles. Deterministic, so every demo looks the same.
 */
final class DemoAbstracts {

	/** Demo authors: address, name, institution, affiliation, student. */
	private static final String[][] PEOPLE = {
			{ "yamada@med.hokudai.ac.jp", "Taro Yamada", "HU", "Department of Radiology", "false" },
			{ "lee@snu.ac.kr", "Seojun Lee", "SNU", "Department of Biomedical Engineering", "false" },
			{ "sato.student@med.hokudai.ac.jp", "Aiko Sato", "HU", "Graduate School of Medicine", "true" },
			{ "kim.student@snu.ac.kr", "Minjun Kim", "SNU", "Interdisciplinary Program in Bioengineering", "true" },
			{ "nakamura@eng.hokudai.ac.jp", "Ren Nakamura", "HU", "Graduate School of Information Science", "true" },
			{ "han@snuh.org", "Yuna Han", "SNU", "Department of Radiology", "false" } };

	/** Topic code, English title, and an optional title in Japanese or Korean. */
	private static final String[][] TITLES = {
			{ "GENOME_MEDICINE", "Variant prioritisation for rare disease with protein language models", "" },
			{ "GENOME_MEDICINE", "Polygenic risk scores for Japanese and Korean cohorts",
					"日本人・韓国人コホートにおけるポリジェニックリスクスコア" },
			{ "GENOME_MEDICINE", "Federated learning on hospital genome data without moving it", "" },
			{ "GENOME_MEDICINE", "Explaining pathogenicity predictions to clinical geneticists", "" },
			{ "DIAGNOSTIC_IMAGING", "Chest radiograph triage with uncertainty estimates", "" },
			{ "DIAGNOSTIC_IMAGING", "Self-supervised pretraining on unlabeled abdominal CT", "腹部 CT の自己教師あり事前学習" },
			{ "DIAGNOSTIC_IMAGING", "Detecting early gastric cancer in endoscopy video", "내시경 영상에서 조기 위암 검출" },
			{ "DIAGNOSTIC_IMAGING", "Domain shift between scanners in brain MRI segmentation", "" },
			{ "DIAGNOSTIC_THERAPEUTIC_SUPPORT", "Sepsis early warning from routine laboratory values", "" },
			{ "DIAGNOSTIC_THERAPEUTIC_SUPPORT", "Antibiotic choice support with causal forests", "" },
			{ "DIAGNOSTIC_THERAPEUTIC_SUPPORT", "Electrocardiogram models for hyperkalaemia", "心電図による高カリウム血症の推定" },
			{ "DIAGNOSTIC_THERAPEUTIC_SUPPORT", "Dose recommendations for warfarin across populations", "" },
			{ "DRUG_DEVELOPMENT", "Graph neural networks for adverse drug interactions", "" },
			{ "DRUG_DEVELOPMENT", "Trial emulation from claims data in two countries", "두 나라 청구 자료를 이용한 임상시험 모방" },
			{ "DRUG_DEVELOPMENT", "Generative design of kinase inhibitors with safety constraints", "" },
			{ "DEMENTIA_CARE", "Speech markers of mild cognitive impairment in Japanese", "日本語音声による軽度認知障害の指標" },
			{ "DEMENTIA_CARE", "Night-time wandering detection in nursing homes", "" },
			{ "DEMENTIA_CARE", "Caregiver burden prediction from home sensor data", "" },
			{ "SURGICAL_SUPPORT", "Phase recognition in laparoscopic cholecystectomy", "" },
			{ "SURGICAL_SUPPORT", "Haemorrhage risk from intraoperative video", "수술 중 영상으로 본 출혈 위험" },
			{ "SURGICAL_SUPPORT", "Robotic suturing skill assessment", "" },
			{ "PERIOPERATIVE_BIOSIGNALS", "Predicting hypotension after induction from VitalDB waveforms", "" },
			{ "PERIOPERATIVE_BIOSIGNALS", "Anesthesia depth from frontal EEG with a small network", "" },
			{ "PERIOPERATIVE_BIOSIGNALS", "VitalRecorder data quality in a Japanese operating room",
					"国内手術室における VitalRecorder データの品質" },
			{ "PERIOPERATIVE_BIOSIGNALS", "Postoperative delirium from intraoperative signals", "" },
			{ "CLINICAL_DATA_PLATFORMS", "A common data model bridge between two university hospitals", "" },
			{ "CLINICAL_DATA_PLATFORMS", "De-identification of free-text notes in Japanese and Korean", "" },
			{ "CLINICAL_DATA_PLATFORMS", "Open biosignal datasets: lessons from VitalDB",
					"개방형 생체신호 데이터셋: VitalDB의 교훈" },
			{ "CLINICAL_DATA_PLATFORMS", "Consent management for secondary use of records", "" },
			{ "MEDICAL_LANGUAGE_MODELS", "Large language models for discharge summaries", "" },
			{ "MEDICAL_LANGUAGE_MODELS", "Evaluating medical question answering in Japanese", "日本語医療質問応答の評価" },
			{ "MEDICAL_LANGUAGE_MODELS", "Hallucination audits of clinical chatbots", "" },
			{ "SUSTAINABLE_GLOBAL_HEALTH", "Energy cost of training clinical models", "" },
			{ "SUSTAINABLE_GLOBAL_HEALTH", "Low-cost ultrasound AI for rural clinics", "" },
			{ "SUSTAINABLE_GLOBAL_HEALTH", "Heat waves and emergency visits in Sapporo and Seoul", "" },
			{ "OTHER", "Teaching medical AI to students of both universities", "" },
			{ "OTHER", "Fairness audits across sex and age groups", "" },
			{ "OTHER", "Regulatory paths for AI medical devices in Japan and Korea", "한일 AI 의료기기 규제 경로" },
			{ "DIAGNOSTIC_IMAGING", "Pathology slide screening with weak labels", "" },
			{ "PERIOPERATIVE_BIOSIGNALS", "Transfer of hypotension models between hospitals", "" } };

	private static final String[] SENTENCES = { "We studied this question with data from both university hospitals.",
			"Records were de-identified before analysis and the ethics boards of both institutions approved the protocol.",
			"The model was trained on one site and validated on the other to measure how well it transfers.",
			"Performance was reported as the area under the receiver operating characteristic curve with bootstrap intervals.",
			"Calibration was checked with reliability diagrams and the expected calibration error.",
			"Clinicians reviewed a sample of predictions and rated their usefulness for daily work.",
			"Errors clustered in rare subgroups, which we describe in detail.",
			"We release the code and a synthetic version of the data so that others can repeat the analysis.",
			"The results suggest that joint work between Hokkaido and Seoul can make such models more robust.",
			"Limitations include the retrospective design and the small number of events in some groups.",
			"Future work will test the approach prospectively in a silent trial.",
			"We discuss what the findings mean for patients, clinicians and hospital data teams." };

	private DemoAbstracts() {
	}

	static List<Spec> all() {
		List<Spec> specs = new ArrayList<>();
		for (int i = 0; i < TITLES.length; i++) {
			String[] presenter = PEOPLE[i % PEOPLE.length];
			String[] coAuthor = PEOPLE[(i + 1) % PEOPLE.length];
			String[] title = TITLES[i];
			String status = (i % 10 == 3) ? "DRAFT" : (i == 17) ? "WITHDRAWN" : "SUBMITTED";
			String secondary = TITLES[(i + 5) % TITLES.length][0];
			String presentation = switch (i % 3) {
				case 0 -> "ORAL";
				case 1 -> "EITHER";
				default -> "POSTER";
			};
			specs.add(new Spec(title[2].isEmpty() ? title[1] : title[2], title[1], title[0],
					secondary.equals(title[0]) ? null : secondary, presenter, coAuthor, presentation,
					Boolean.parseBoolean(presenter[4]), text(i, title[1]), status));
		}
		return specs;
	}

	private static String text(int seed, String title) {
		StringBuilder text = new StringBuilder("Background: ").append(title).append(". ");
		for (int k = 0; k < 9; k++) {
			text.append(SENTENCES[(seed * 5 + k * 7) % SENTENCES.length]).append(' ');
		}
		return text.toString().strip();
	}

	/**
	 * One demo abstract.
	 *
	 * @param title the title as submitted (Japanese or Korean for some)
	 * @param englishTitle the English title
	 * @param topic primary topic code
	 * @param secondaryTopic a secondary topic code or {@code null}
	 * @param presenter presenting author (address, name, institution, affiliation,
	 * student)
	 * @param coAuthor second author
	 * @param presentation presentation preference
	 * @param student whether the presenter is a student
	 * @param text the abstract's text
	 * @param status DRAFT, SUBMITTED or WITHDRAWN
	 */
	record Spec(String title, String englishTitle, String topic, String secondaryTopic, String[] presenter,
			String[] coAuthor, String presentation, boolean student, String text, String status) {
	}

}
