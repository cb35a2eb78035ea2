package org.husnu.symposium.submission.abstracts;

import java.util.List;

import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.mapping.SymposiumMapperConfig;
import org.husnu.symposium.submission.abstracts.AbstractRequest.AuthorRequest;
import org.husnu.symposium.submission.abstracts.AbstractView.AuthorView;
import org.mapstruct.Mapper;

/**
 * Maps authors between their request, domain and view forms.
 */
@Mapper(config = SymposiumMapperConfig.class)
interface AbstractMapper {

	Author toAuthor(AuthorRequest request);

	List<Author> toAuthors(List<AuthorRequest> requests);

	AuthorView toView(Author author);

	List<AuthorView> toAuthorViews(List<Author> authors);

}
