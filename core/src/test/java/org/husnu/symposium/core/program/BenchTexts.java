package org.husnu.symposium.core.program;

import java.util.Arrays;
import java.util.Random;

import org.husnu.symposium.core.affinity.AffinityDocument;

/**
 * Generated titles and abstracts for the program and collaboration benchmarks, as the
 * affinity speed benchmark makes them: a Zipf-distributed vocabulary of 30,000 words
 * without its 100 most frequent, with glossary phrases in English, Japanese and Korean;
 * titles of 12 words, abstracts of 180.
 */
public final class BenchTexts {

	private static final String[] PHRASES = { "deep learning", "sepsis", "CT", "深層学習", "敗血症", "딥러닝", "패혈증",
			"genome sequencing", "ゲノム医療", "유전체", "robotic surgery", "手術支援ロボット", "치매", "認知症", "dementia",
			"drug discovery", "創薬", "신약 개발", "pathology", "病理", "anesthesia", "麻酔", "마취" };

	private static final int SKIPPED = 100;

	private final Random random;

	private final String[] words;

	private final double[] cumulative;

	public BenchTexts(Random random) {
		this.random = random;
		this.words = new String[30_000];
		this.cumulative = new double[this.words.length];
		double sum = 0;
		for (int i = 0; i < this.words.length; i++) {
			StringBuilder word = new StringBuilder();
			int length = 4 + random.nextInt(7);
			for (int c = 0; c < length; c++) {
				word.append((char) ('a' + random.nextInt(26)));
			}
			this.words[i] = word.toString();
			sum += 1.0 / (i + 1);
			this.cumulative[i] = sum;
		}
	}

	public String text(int length) {
		StringBuilder text = new StringBuilder();
		for (int w = 0; w < length; w++) {
			if (this.random.nextInt(40) == 0) {
				text.append(PHRASES[this.random.nextInt(PHRASES.length)]).append(' ');
			}
			double low = this.cumulative[SKIPPED - 1];
			double target = low + this.random.nextDouble() * (this.cumulative[this.cumulative.length - 1] - low);
			int index = Arrays.binarySearch(this.cumulative, target);
			text.append(this.words[(index >= 0) ? index : Math.min(-index - 1, this.words.length - 1)]).append(' ');
		}
		return text.toString();
	}

	public AffinityDocument document(String id, String title, String text) {
		return AffinityDocument.of(id, title, text, null);
	}

	public static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
