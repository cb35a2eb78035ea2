/**
 * The analysed texts and sentence-embedding vectors the text affinity needs, cached by
 * content so that a proposal does not analyse again what was analysed when it was saved
 * or for the last proposal, and never embeds (the background warm-up does).
 */
package org.husnu.symposium.review.affinity;
