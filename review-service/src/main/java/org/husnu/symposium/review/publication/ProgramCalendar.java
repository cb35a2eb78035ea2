package org.husnu.symposium.review.publication;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import org.husnu.symposium.core.program.ProgramPublication;
import org.husnu.symposium.core.program.ProgramPublication.PublishedAuthor;
import org.husnu.symposium.core.program.SlotKind;

/**
 * The published program as an iCalendar file (RFC 5545), written with ical4j: one event
 * per talk with times in Asia/Tokyo (and the zone's definition, so calendars need not
 * know it). An event's UID is its abstract's id, the same in every publication, and its
 * SEQUENCE the publication number, so importing a new publication moves the talks that
 * moved instead of adding copies.
 */
final class ProgramCalendar {

	static final String UID_DOMAIN = "@program.hu-snu-symposium";

	private static final TimeZoneRegistry REGISTRY = TimeZoneRegistryFactory.getInstance().createRegistry();

	private ProgramCalendar() {
	}

	static Calendar of(ProgramPublication publication, String eventName) {
		VTimeZone zone = REGISTRY.getTimeZone(ProgramJson.ZONE.getId()).getVTimeZone();
		Calendar calendar = new Calendar()
			.withProdId("-//HU x SNU Medical AI//Program " + publication.number() + "//EN")
			.withDefaults()
			.withComponent(zone)
			.getFluentTarget();
		for (ProgramPublication.Session session : publication.sessions()) {
			for (ProgramPublication.PublishedSlot slot : session.slots()) {
				if (slot.kind() != SlotKind.TALK || slot.talk() == null) {
					continue;
				}
				ProgramPublication.Talk talk = slot.talk();
				VEvent event = new VEvent(zoned(slot.start()), zoned(slot.end()), talk.number() + " " + talk.title());
				event.add(new Uid(talk.abstractId() + UID_DOMAIN));
				event.replace(new DtStamp(publication.publishedAt()));
				event.add(new Sequence(publication.number()));
				if (session.room() != null && !session.room().isBlank()) {
					event.add(new Location(session.room()));
				}
				event.add(new Description(description(eventName, session, talk)));
				event.add(new Categories(session.title()));
				calendar.add(event);
			}
		}
		return calendar;
	}

	static String text(ProgramPublication publication, String eventName) {
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(true).output(of(publication, eventName), out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static ZonedDateTime zoned(java.time.Instant instant) {
		return instant.atZone(ProgramJson.ZONE);
	}

	private static String description(String eventName, ProgramPublication.Session session,
			ProgramPublication.Talk talk) {
		List<String> lines = new ArrayList<>();
		for (PublishedAuthor author : talk.authors()) {
			if (author.presenting()) {
				lines.add("Presenter: " + person(author) + (talk.studentPresenter() ? " (student)" : ""));
			}
		}
		List<String> others = talk.authors()
			.stream()
			.filter((author) -> !author.presenting())
			.map(ProgramCalendar::person)
			.toList();
		if (!others.isEmpty()) {
			lines.add("Co-authors: " + String.join("; ", others));
		}
		lines.add("Session: " + session.title());
		if (eventName != null) {
			lines.add(eventName);
		}
		return String.join("\n", lines);
	}

	private static String person(PublishedAuthor author) {
		List<String> where = new ArrayList<>();
		if (author.affiliation() != null && !author.affiliation().isBlank()) {
			where.add(author.affiliation());
		}
		if (author.institution() != null) {
			where.add(author.institution());
		}
		return author.name() + (where.isEmpty() ? "" : " (" + String.join(", ", where) + ")");
	}

}
