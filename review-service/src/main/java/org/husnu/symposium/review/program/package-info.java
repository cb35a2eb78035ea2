/**
 * The oral program: the chairs' editor and API, auto-suggest, publication, speaker
 * confirmation and the exports built on it.
 */
package org.husnu.symposium.review.program;
