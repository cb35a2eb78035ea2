package org.husnu.symposium.core.topics;

import java.util.List;

import org.husnu.symposium.core.i18n.LocalizedText;

/**
 * The topic areas every event starts with: the six AI priority areas of Japan's Ministry
 * of Health, Labour and Welfare, named as the call names them, and extras that fit the
 * work of the two labs behind the session.
 */
public final class TopicAreas {

	/** Codes of the six MHLW AI priority areas, in the ministry's order. */
	public static final List<String> MHLW_PRIORITY_CODES = List.of("GENOME_MEDICINE", "DIAGNOSTIC_IMAGING",
			"DIAGNOSTIC_THERAPEUTIC_SUPPORT", "DRUG_DEVELOPMENT", "DEMENTIA_CARE", "SURGICAL_SUPPORT");

	/** Code of the catch-all area. */
	public static final String OTHER = "OTHER";

	private static final List<TopicArea> SEED = List
		.of(TopicArea.of("GENOME_MEDICINE", LocalizedText.of("Genome medicine", "ゲノム医療", "유전체 의료"), true, 10),
				TopicArea.of("DIAGNOSTIC_IMAGING", LocalizedText.of("Diagnostic imaging support", "画像診断支援", "영상 진단 지원"),
						true, 20),
				TopicArea.of("DIAGNOSTIC_THERAPEUTIC_SUPPORT",
						LocalizedText.of("Diagnostic and therapeutic support", "診断・治療支援", "진단·치료 지원"), true, 30),
				TopicArea.of("DRUG_DEVELOPMENT", LocalizedText.of("Drug development", "医薬品開発", "의약품 개발"), true, 40),
				TopicArea.of("DEMENTIA_CARE", LocalizedText.of("Nursing care and dementia", "介護・認知症", "돌봄·치매"), true,
						50),
				TopicArea.of("SURGICAL_SUPPORT", LocalizedText.of("Surgical support", "手術支援", "수술 지원"), true, 60),
				TopicArea.of("PERIOPERATIVE_BIOSIGNALS",
						LocalizedText.of("Perioperative biosignals and monitoring", "周術期の生体信号とモニタリング",
								"수술 전후 생체신호와 모니터링"),
						false, 70),
				TopicArea.of("CLINICAL_DATA_PLATFORMS",
						LocalizedText.of("Clinical data platforms and open datasets", "臨床データ基盤とオープンデータセット",
								"임상 데이터 플랫폼과 공개 데이터셋"),
						false, 80),
				TopicArea.of("MEDICAL_LANGUAGE_MODELS",
						LocalizedText.of("Language models in medicine", "医療における言語モデル", "의료 언어 모델"), false, 90),
				TopicArea.of("SUSTAINABLE_GLOBAL_HEALTH",
						LocalizedText.of("AI for sustainable and global health", "持続可能な医療とグローバルヘルスのためのAI",
								"지속 가능한 의료와 글로벌 헬스를 위한 AI"),
						false, 100),
				TopicArea.of(OTHER, LocalizedText.of("Other / cross-cutting", "その他・分野横断", "기타·융합"), false, 1000));

	private TopicAreas() {
	}

	/**
	 * The topic areas seeded on first start.
	 * @return the seed, in display order
	 */
	public static List<TopicArea> seed() {
		return SEED;
	}

}
