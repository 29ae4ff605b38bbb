package dev.milepost.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.milepost.audit.ChangeLog.Scope;
import dev.milepost.audit.HistorySubject.Crumb;
import dev.milepost.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change history of single records and the activity feed of a program, read from the
 * Envers tables in a bounded number of statements per page, newest first.
 */
@Service
@Transactional(readOnly = true)
public class ActivityService {

	/** Entries per page on the history and activity pages. */
	public static final int PAGE_SIZE = 25;

	/** Ids of a program's projects, those deleted since included. */
	private static final String PROJECTS_OF_PROGRAM = "(select x.id from projects x where x.program_id = :id "
			+ "union select y.id from projects_aud y where y.program_id = :id)";

	private final ChangeLog changeLog;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	ActivityService(ChangeLog changeLog, JdbcClient jdbc, MessageSource messages) {
		this.changeLog = changeLog;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/**
	 * The changes to a program, its projects, their milestones, its risks and the
	 * stakeholder links of the program and its projects, newest first, optionally within
	 * a time range. This is what "changes since the last report" reads.
	 * @param programId the program; deleted programs still have their history
	 * @param from earliest change time included, or {@code null} for no lower bound
	 * @param to first change time excluded, or {@code null} for no upper bound
	 * @throws NotFoundException when there is no such program, now or in history
	 */
	public Page<ActivityEntry> activity(Long programId, Instant from, Instant to, Pageable pageable) {
		subject(RecordType.PROGRAM, programId);
		List<Scope> scopes = List.of(new Scope(RecordType.PROGRAM, "a.id = :id"),
				new Scope(RecordType.PROJECT, "a.program_id = :id"),
				new Scope(RecordType.MILESTONE, "a.project_id in " + PROJECTS_OF_PROGRAM),
				new Scope(RecordType.RISK, "a.program_id = :id"),
				new Scope(RecordType.PROGRAM_STAKEHOLDER, "a.program_id = :id"),
				new Scope(RecordType.PROJECT_STAKEHOLDER, "a.project_id in " + PROJECTS_OF_PROGRAM),
				new Scope(RecordType.ISSUE, "a.program_id = :id"), new Scope(RecordType.DECISION, "a.program_id = :id"),
				new Scope(RecordType.ACTION, "a.program_id = :id"),
				new Scope(RecordType.CHANGE_REQUEST, "a.program_id = :id"));
		return this.changeLog.read(scopes, Map.of("id", programId), from, to, pageable);
	}

	/**
	 * The changes to one record, newest first: a program or project with its stakeholder
	 * links, a stakeholder with its links to programs and projects, a milestone or a
	 * risk.
	 * @param type a type with pages of its own ({@link RecordType#path()} not
	 * {@code null})
	 * @throws NotFoundException when there is no such record, now or in history
	 */
	public Page<ActivityEntry> history(RecordType type, Long id, Pageable pageable) {
		subject(type, id);
		List<Scope> scopes = new ArrayList<>();
		scopes.add(new Scope(type, "a.id = :id"));
		switch (type) {
			case PROGRAM -> scopes.add(new Scope(RecordType.PROGRAM_STAKEHOLDER, "a.program_id = :id"));
			case PROJECT -> scopes.add(new Scope(RecordType.PROJECT_STAKEHOLDER, "a.project_id = :id"));
			case STAKEHOLDER -> {
				scopes.add(new Scope(RecordType.PROGRAM_STAKEHOLDER, "a.stakeholder_id = :id"));
				scopes.add(new Scope(RecordType.PROJECT_STAKEHOLDER, "a.stakeholder_id = :id"));
			}
			default -> {
			}
		}
		return this.changeLog.read(scopes, Map.of("id", id), null, null, pageable);
	}

	/**
	 * What a history page is about: the record as it is now, or, once deleted, as history
	 * last knew it.
	 * @throws NotFoundException when there is no such record, now or in history
	 */
	public HistorySubject subject(RecordType type, Long id) {
		if (type.path() == null || id == null) {
			throw new NotFoundException("History of " + type, id);
		}
		return live(type, id).or(() -> deleted(type, id)).orElseThrow(() -> new NotFoundException(type.name(), id));
	}

	private Optional<HistorySubject> live(RecordType type, long id) {
		String sql = switch (type) {
			case PROGRAM -> "select g.program_key || ' · ' || g.name as label, null as program_id, null as program, "
					+ "null as project_id, null as project from programs g where g.id = :id";
			case PROJECT -> "select p.project_key || ' · ' || p.name as label, g.id as program_id, "
					+ "g.program_key || ' · ' || g.name as program, null as project_id, null as project "
					+ "from projects p join programs g on g.id = p.program_id where p.id = :id";
			case MILESTONE ->
				"select m.name as label, g.id as program_id, g.program_key || ' · ' || g.name as program, "
						+ "p.id as project_id, p.project_key || ' · ' || p.name as project from milestones m "
						+ "join projects p on p.id = m.project_id join programs g on g.id = p.program_id where m.id = :id";
			case RISK -> "select r.title as label, g.id as program_id, g.program_key || ' · ' || g.name as program, "
					+ "p.id as project_id, p.project_key || ' · ' || p.name as project from risks r "
					+ "join programs g on g.id = r.program_id left join projects p on p.id = r.project_id "
					+ "where r.id = :id";
			case ISSUE, DECISION, ACTION, CHANGE_REQUEST ->
				"select r.title as label, g.id as program_id, g.program_key || ' · ' || g.name as program, "
						+ "p.id as project_id, p.project_key || ' · ' || p.name as project from " + type.table()
						+ " r join programs g on g.id = r.program_id left join projects p on p.id = r.project_id "
						+ "where r.id = :id";
			case STAKEHOLDER -> "select s.name as label, null as program_id, null as program, null as project_id, "
					+ "null as project from stakeholders s where s.id = :id";
			default -> throw new NotFoundException("History of " + type, id);
		};
		return this.jdbc.sql(sql).param("id", id).query((rs, n) -> {
			List<Crumb> parents = new ArrayList<>();
			if (type == RecordType.STAKEHOLDER) {
				parents.add(new Crumb(message("nav.stakeholders"), "/stakeholders"));
			}
			long programId = rs.getLong("program_id");
			if (!rs.wasNull()) {
				parents.add(new Crumb(rs.getString("program"), "/programs/" + programId));
			}
			long projectId = rs.getLong("project_id");
			if (!rs.wasNull()) {
				parents.add(new Crumb(rs.getString("project"), "/projects/" + projectId));
			}
			return new HistorySubject(type, id, rs.getString("label"), "/" + type.path() + "/" + id,
					List.copyOf(parents));
		}).optional();
	}

	private Optional<HistorySubject> deleted(RecordType type, long id) {
		String label = switch (type) {
			case PROGRAM -> "program_key || ' · ' || name";
			case PROJECT -> "project_key || ' · ' || name";
			case RISK, ISSUE, DECISION, ACTION, CHANGE_REQUEST -> "title";
			default -> "name";
		};
		return this.jdbc
			.sql("select " + label + " as label from " + type.auditTable() + " where id = :id and " + label
					+ " is not null order by rev desc limit 1")
			.param("id", id)
			.query(String.class)
			.optional()
			.map((name) -> new HistorySubject(type, id, name, null, List.of()));
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

}
