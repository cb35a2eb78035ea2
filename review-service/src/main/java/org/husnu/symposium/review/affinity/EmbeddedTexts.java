package org.husnu.symposium.review.affinity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.husnu.symposium.affinity.semantic.MiniLmEmbedding;
import org.husnu.symposium.core.affinity.TextEmbedding;

import org.springframework.stereotype.Component;

/**
 * Sentence embeddings (all-MiniLM-L6-v2, module affinity-semantic) of texts by content:
 * embedding costs 10–30 ms a text on this project's machines, mixing is cheap, so each
 * text is embedded once, in {@code AffinityWarmUp}'s background round (a proposal only
 * reads what is here: {@link #cached}), and kept here, least recently used first out
 * beyond {@value #CAPACITY} texts (384 floats, 1.5 kB each). Texts the model cannot read
 * (not mostly English) are kept as having no vector. The same text always gives the same
 * vector, so a stale entry cannot exist.
 */
@Component
public class EmbeddedTexts {

	/** Most texts kept (title and abstract together count once). */
	static final int CAPACITY = 12_000;

	private static final float[] NONE = new float[0];

	private final Map<String, float[]> cache = new LinkedHashMap<>(1024, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
			return size() > CAPACITY;
		}

	};

	private final TextEmbedding embedding = MiniLmEmbedding.shared();

	/**
	 * A text's vector, from the cache where it can.
	 * @param title its title, may be {@code null}
	 * @param body its abstract or statement, may be {@code null}
	 * @return the unit vector, or {@code null} if the model cannot read the text
	 */
	public float[] vector(String title, String body) {
		String key = key(title, body);
		synchronized (this.cache) {
			float[] cached = this.cache.get(key);
			if (cached != null) {
				return (cached.length > 0) ? cached : null;
			}
		}
		float[] vector = this.embedding.embed(title, body);
		synchronized (this.cache) {
			this.cache.put(key, (vector != null) ? vector : NONE);
		}
		return vector;
	}

	/**
	 * A text's vector if it has been embedded, without embedding it.
	 * @param title its title, may be {@code null}
	 * @param body its abstract or statement, may be {@code null}
	 * @return the vector; an empty array if the model cannot read the text; {@code null}
	 * if the text has not been embedded yet
	 */
	public float[] cached(String title, String body) {
		synchronized (this.cache) {
			return this.cache.get(key(title, body));
		}
	}

	private static String key(String title, String body) {
		return ((title != null) ? title : "") + '\u0000' + ((body != null) ? body : "");
	}

	int size() {
		synchronized (this.cache) {
			return this.cache.size();
		}
	}

}
