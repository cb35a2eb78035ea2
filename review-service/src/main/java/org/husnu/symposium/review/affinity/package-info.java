/**
 * The analysed texts the text affinity needs, cached by content so that a proposal does
 * not analyse again what was analysed when it was saved or for the last proposal.
 */
package org.husnu.symposium.review.affinity;
