/**
 * Text affinity between a reviewer's archive (own papers, research statement, keywords)
 * and a submission, in English, Japanese and Korean: analysis by script with Lucene's
 * analyzers, a bilingual glossary that lets texts in different languages share terms, a
 * measured lexical model and an explanation of each score (docs/affinity.md).
 */
package org.husnu.symposium.core.affinity;
