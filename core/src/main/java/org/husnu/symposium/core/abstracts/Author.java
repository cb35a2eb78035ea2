package org.husnu.symposium.core.abstracts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.institutions.EmailAddresses;

/**
 * One author of an abstract, in the order of the byline.
 *
 * @param name full name
 * @param affiliation department, lab or hospital as printed
 * @param institution institution code (HU, SNU, ...)
 * @param email e-mail address, normalised
 * @param presenting whether this author gives the talk
 */
public record Author(@NotBlank @Size(max = 200) String name, @Size(max = 300) String affiliation,
		@NotBlank String institution, @NotBlank @Email String email, boolean presenting) {

	public Author {
		DomainRuleException.require(name != null && !name.isBlank(), "author.name", "Every author needs a name");
		name = name.strip();
		affiliation = (affiliation == null || affiliation.isBlank()) ? null : affiliation.strip();
		DomainRuleException.require(institution != null && !institution.isBlank(), "author.institution",
				"Author " + name + " needs an institution");
		email = EmailAddresses.normalize(email);
	}

}
