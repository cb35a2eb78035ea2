package org.husnu.symposium.review.affinity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.husnu.symposium.core.affinity.AffinityAnalyzer;
import org.husnu.symposium.core.affinity.AffinityDocument;
import org.husnu.symposium.core.affinity.AnalysedText;

import org.springframework.stereotype.Component;

/**
 * Analysed texts by content: analysing (Lucene, kuromoji, nori) is the expensive part of
 * the affinity (0.3–0.6 ms a text once warm, more on first use), weighting and scoring
 * are cheap, so texts are analysed once — when a paper is saved, at start-up, or on first
 * use — and kept here, least recently used first out beyond {@value #CAPACITY} texts (a
 * symposium has a few thousand). The same text always gives the same analysis, so a stale
 * entry cannot exist.
 */
@Component
public class AnalysedTexts {

	/** Most texts kept (title, abstract and keywords count separately). */
	static final int CAPACITY = 12_000;

	private final Map<String, AnalysedText> cache = new LinkedHashMap<>(1024, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, AnalysedText> eldest) {
			return size() > CAPACITY;
		}

	};

	/**
	 * A document with its fields analysed, from the cache where it can.
	 * @param id the document's id
	 * @param title its title
	 * @param body its abstract or statement
	 * @param keywords its keywords
	 * @return the analysed document
	 */
	public AffinityDocument document(String id, String title, String body, String keywords) {
		return new AffinityDocument(id, title, text(title), text(body), text(keywords));
	}

	/**
	 * One analysed text, from the cache where it can.
	 * @param text the text
	 * @return its analysis
	 */
	public AnalysedText text(String text) {
		String key = (text != null) ? text : "";
		synchronized (this.cache) {
			AnalysedText cached = this.cache.get(key);
			if (cached != null) {
				return cached;
			}
		}
		AnalysedText analysed = AffinityAnalyzer.shared().analyse(key);
		synchronized (this.cache) {
			this.cache.put(key, analysed);
		}
		return analysed;
	}

	int size() {
		synchronized (this.cache) {
			return this.cache.size();
		}
	}

}
