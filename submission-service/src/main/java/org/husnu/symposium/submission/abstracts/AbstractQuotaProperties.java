package org.husnu.symposium.submission.abstracts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one account may keep, so that one account cannot fill the store: each abstract is
 * a document and each PDF version a file in GridFS that is never overwritten. Chairs are
 * not bound by them. See {@code docs/abstracts.md}.
 *
 * @param maxDrafts drafts one account may have at the same time
 * @param maxAbstracts abstracts one account may have created in all (withdrawn ones
 * included: withdrawing is final and keeps the record)
 * @param maxStoredBytes total size of every PDF version of every abstract the account
 * submitted
 */
@ConfigurationProperties("symposium.submission.quota")
record AbstractQuotaProperties(@DefaultValue("5") int maxDrafts, @DefaultValue("20") int maxAbstracts,
		@DefaultValue("200MB") DataSize maxStoredBytes) {

	AbstractQuotaProperties {
		if (maxDrafts < 1 || maxAbstracts < 1) {
			throw new IllegalArgumentException(
					"symposium.submission.quota.max-drafts and max-abstracts must be at least 1");
		}
		if (maxStoredBytes == null || maxStoredBytes.toBytes() < 1) {
			throw new IllegalArgumentException("symposium.submission.quota.max-stored-bytes must be positive");
		}
	}

}
