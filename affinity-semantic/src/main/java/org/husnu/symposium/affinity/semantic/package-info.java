/**
 * The sentence-embedding signal of the text affinity (docs/affinity.md): all-MiniLM-L6-v2
 * run in the JVM through onnxruntime, no network at run time, mixed with core's lexical
 * affinity by {@link org.husnu.symposium.core.affinity.HybridAffinity}; and the
 * OpenReview-format command that uses the mix.
 */
package org.husnu.symposium.affinity.semantic;
