package org.husnu.symposium.core.affinity;

/**
 * What an analysed term is: a word as its language's analyzer gives it, a glossary
 * concept shared across languages, or two adjacent English words.
 */
public enum TermKind {

	WORD, CONCEPT, BIGRAM

}
