package org.husnu.symposium.core.affinity;

/**
 * A second similarity signal beside the lexical one (docs/affinity.md): a text's vector
 * such that the dot product of two vectors is their similarity, as unit-length sentence
 * embeddings are. Implemented outside {@code core} (module {@code affinity-semantic}) so
 * that this library carries no model; {@link HybridAffinity} mixes it in.
 */
public interface TextEmbedding {

	/**
	 * The unit vector of a paper or submission.
	 * @param title its title, may be {@code null}
	 * @param body its abstract or statement, may be {@code null}
	 * @return the vector, or {@code null} where this signal has nothing to say (for
	 * example a text its model cannot read); then the lexical score stands alone
	 */
	float[] embed(String title, String body);

}
