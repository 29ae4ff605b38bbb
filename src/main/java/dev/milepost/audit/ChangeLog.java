package dev.milepost.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.milepost.audit.AuditedField.Reference;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads pages of changes straight from the Envers tables in a bounded number of
 * statements, whatever the page size: one to count, one for the page (revision, user,
 * predecessor revision of each entry), one per record type on the page for the audited
 * rows before and after, one for program editors, and two per kind of referenced record
 * for readable names.
 */
@Component
class ChangeLog {

	/**
	 * The rows of one type's {@code *_aud} table (alias {@code a}) that belong to a page:
	 * for example {@code a.program_id = :id}.
	 */
	record Scope(RecordType type, String condition) {
	}

	private final JdbcClient jdbc;

	private final ChangeFormatter formatter;

	ChangeLog(JdbcClient jdbc, ChangeFormatter formatter) {
		this.jdbc = jdbc;
		this.formatter = formatter;
	}

	/**
	 * The changes matching any of {@code scopes}, newest first.
	 * @param params the named parameters the scopes' conditions use
	 * @param from earliest change time included, or {@code null}
	 * @param to first change time excluded, or {@code null}
	 */
	Page<ActivityEntry> read(List<Scope> scopes, Map<String, Object> params, Instant from, Instant to,
			Pageable pageable) {
		Map<String, Object> all = new HashMap<>(params);
		String union = scopes.stream()
			.map((scope) -> "select cast('" + scope.type().name() + "' as varchar(20)) as kind, a.id as id, "
					+ "a.rev as rev, a.revtype as revtype from " + scope.type().auditTable() + " a where "
					+ scope.condition())
			.collect(Collectors.joining(" union all "));
		StringBuilder filter = new StringBuilder(" where 1 = 1");
		if (from != null) {
			filter.append(" and r.changed_at >= :from");
			all.put("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
		}
		if (to != null) {
			filter.append(" and r.changed_at < :to");
			all.put("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
		}
		Set<RecordType> types = scopes.stream().map(Scope::type).collect(Collectors.toCollection(LinkedHashSet::new));
		StringBuilder previous = new StringBuilder("case e.kind");
		for (RecordType type : types) {
			previous.append(" when '")
				.append(type.name())
				.append("' then (select max(x.rev) from ")
				.append(type.auditTable())
				.append(" x where x.id = e.id and x.rev < e.rev)");
		}
		previous.append(" end");
		String sql = "select e.kind, e.id, e.rev, e.revtype, e.changed_at, e.username, e.actor, " + previous
				+ " as prev_rev from (select u.kind, u.id, u.rev, u.revtype, r.changed_at, r.username, "
				+ "usr.display_name as actor from (" + union + ") u join revisions r on r.id = u.rev "
				+ "left join users usr on usr.username = r.username" + filter
				+ " order by u.rev desc, u.kind, u.id limit :limit offset :offset) e "
				+ "order by e.rev desc, e.kind, e.id";
		all.put("limit", pageable.getPageSize());
		all.put("offset", pageable.getOffset());
		List<Key> keys = this.jdbc.sql(sql).params(all).query(ChangeLog::key).list();
		List<ActivityEntry> entries = entries(keys);
		String count = "select count(*) from (" + union + ") u join revisions r on r.id = u.rev" + filter;
		return PageableExecutionUtils.getPage(entries, pageable,
				() -> this.jdbc.sql(count).params(all).query(Long.class).single());
	}

	private List<ActivityEntry> entries(List<Key> keys) {
		if (keys.isEmpty()) {
			return List.of();
		}
		Map<RecordType, List<Key>> byType = keys.stream()
			.collect(Collectors.groupingBy(Key::type, () -> new EnumMap<>(RecordType.class), Collectors.toList()));
		Map<RowId, Map<String, Object>> rows = new HashMap<>();
		Map<RowId, Boolean> live = new HashMap<>();
		byType.forEach((type, typeKeys) -> loadRows(type, typeKeys, rows, live));
		Map<RowId, List<EditorChange>> editors = loadEditors(byType.getOrDefault(RecordType.PROGRAM, List.of()));
		Names names = resolveNames(rows, editors.values());
		List<ActivityEntry> entries = new ArrayList<>(keys.size());
		for (Key key : keys) {
			Map<String, Object> row = rows.getOrDefault(new RowId(key.type(), key.id(), key.rev()), Map.of());
			Map<String, Object> before = (key.previousRev() != null)
					? rows.get(new RowId(key.type(), key.id(), key.previousRev())) : null;
			ChangeKind kind = switch (key.revtype()) {
				case 0 -> ChangeKind.CREATED;
				case 2 -> ChangeKind.DELETED;
				default -> (before != null) ? ChangeKind.CHANGED : ChangeKind.RECORDED;
			};
			List<FieldChange> changes = this.formatter.changes(key.type(), kind, before, row, names);
			List<EditorChange> editorChanges = editors.get(new RowId(key.type(), key.id(), key.rev()));
			if (editorChanges != null) {
				changes = new ArrayList<>(changes);
				changes.addAll(this.formatter.editorChanges(editorChanges, names));
			}
			boolean exists = Boolean.TRUE.equals(live.get(new RowId(key.type(), key.id(), 0)));
			entries.add(new ActivityEntry(key.rev(), key.changedAt(), key.username(),
					(key.actor() != null) ? key.actor() : key.username(), key.type(), key.id(),
					this.formatter.label(key.type(), key.id(), row, names),
					url(key.type(), key.id(), exists, row, names), kind, List.copyOf(changes)));
		}
		return entries;
	}

	private void loadRows(RecordType type, List<Key> keys, Map<RowId, Map<String, Object>> rows,
			Map<RowId, Boolean> live) {
		Set<Long> ids = new LinkedHashSet<>();
		Set<Long> revs = new LinkedHashSet<>();
		for (Key key : keys) {
			ids.add(key.id());
			revs.add(key.rev());
			if (key.previousRev() != null) {
				revs.add(key.previousRev());
			}
		}
		// ids x revs is a superset of the wanted (id, rev) pairs; the extra rows are few
		// and ignored
		this.jdbc
			.sql("select a.*, case when exists (select 1 from " + type.table()
					+ " l where l.id = a.id) then 1 else 0 end as live_record from " + type.auditTable()
					+ " a where a.id in (:ids) and a.rev in (:revs)")
			.param("ids", ids)
			.param("revs", revs)
			.query()
			.listOfRows()
			.forEach((row) -> {
				long id = ((Number) row.get("id")).longValue();
				long rev = ((Number) row.get("rev")).longValue();
				rows.put(new RowId(type, id, rev), row);
				live.put(new RowId(type, id, 0), ((Number) row.get("live_record")).intValue() == 1);
			});
	}

	private Map<RowId, List<EditorChange>> loadEditors(List<Key> programKeys) {
		if (programKeys.isEmpty()) {
			return Map.of();
		}
		Map<RowId, List<EditorChange>> changes = new HashMap<>();
		this.jdbc
			.sql("select program_id, rev, revtype, user_id from program_editors_aud "
					+ "where program_id in (:ids) and rev in (:revs) order by user_id")
			.param("ids", programKeys.stream().map(Key::id).collect(Collectors.toSet()))
			.param("revs", programKeys.stream().map(Key::rev).collect(Collectors.toSet()))
			.query((rs, n) -> {
				RowId row = new RowId(RecordType.PROGRAM, rs.getLong("program_id"), rs.getLong("rev"));
				return Map.entry(row, new EditorChange(rs.getLong("user_id"), rs.getInt("revtype") != 2));
			})
			.list()
			.forEach(
					(entry) -> changes.computeIfAbsent(entry.getKey(), (k) -> new ArrayList<>()).add(entry.getValue()));
		return changes;
	}

	/**
	 * Readable names of every record the rows point at: two statements per kind at most.
	 */
	private Names resolveNames(Map<RowId, Map<String, Object>> rows, Collection<List<EditorChange>> editors) {
		Map<Reference, Set<Long>> wanted = new EnumMap<>(Reference.class);
		rows.forEach((rowId, row) -> {
			for (AuditedField field : rowId.type().fields()) {
				if (field.kind() == FieldKind.REFERENCE && row.get(field.column()) instanceof Number id) {
					wanted.computeIfAbsent(field.reference(), (r) -> new LinkedHashSet<>()).add(id.longValue());
				}
			}
		});
		editors.forEach((list) -> list
			.forEach((e) -> wanted.computeIfAbsent(Reference.USER, (r) -> new LinkedHashSet<>()).add(e.userId())));
		Map<Reference, Map<Long, Name>> names = new EnumMap<>(Reference.class);
		wanted.forEach((reference, ids) -> names.put(reference, resolve(reference, ids)));
		return new Names(names);
	}

	private Map<Long, Name> resolve(Reference reference, Set<Long> ids) {
		Map<Long, Name> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		String live = switch (reference) {
			case USER -> "select id, display_name as label from users where id in (:ids)";
			case PROGRAM -> "select id, program_key as label from programs where id in (:ids)";
			case PROJECT -> "select p.id, g.program_key || ' / ' || p.project_key as label "
					+ "from projects p join programs g on g.id = p.program_id where p.id in (:ids)";
			case STAKEHOLDER -> "select id, name as label from stakeholders where id in (:ids)";
		};
		this.jdbc.sql(live)
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("label")))
			.list()
			.forEach((e) -> names.put(e.getKey(), new Name(e.getValue(), true)));
		Set<Long> missing = ids.stream().filter((id) -> !names.containsKey(id)).collect(Collectors.toSet());
		if (!missing.isEmpty()) {
			// deleted since: the last name history knows
			String column = switch (reference) {
				case USER -> "display_name";
				case PROGRAM -> "program_key";
				case PROJECT -> "project_key";
				case STAKEHOLDER -> "name";
			};
			String table = switch (reference) {
				case USER -> "users_aud";
				case PROGRAM -> "programs_aud";
				case PROJECT -> "projects_aud";
				case STAKEHOLDER -> "stakeholders_aud";
			};
			this.jdbc
				.sql("select id, " + column + " as label from " + table + " where id in (:ids) and " + column
						+ " is not null order by rev")
				.param("ids", missing)
				.query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("label")))
				.list()
				.forEach((e) -> names.put(e.getKey(), new Name(e.getValue(), false)));
		}
		return names;
	}

	private static String url(RecordType type, long id, boolean exists, Map<String, Object> row, Names names) {
		if (type.path() != null) {
			return "/" + type.path() + "/" + id + (exists ? "" : "/history");
		}
		// links have no page of their own: the stakeholder's page is where they are
		// edited
		if (row.get("stakeholder_id") instanceof Number stakeholder) {
			Name name = names.get(Reference.STAKEHOLDER, stakeholder.longValue());
			boolean stakeholderExists = name != null && name.live();
			return "/stakeholders/" + stakeholder.longValue() + (stakeholderExists ? "" : "/history");
		}
		return "/stakeholders";
	}

	private static Key key(ResultSet rs, int rowNum) throws SQLException {
		long previous = rs.getLong("prev_rev");
		Long previousRev = rs.wasNull() ? null : previous;
		return new Key(RecordType.valueOf(rs.getString("kind").trim()), rs.getLong("id"), rs.getLong("rev"),
				rs.getInt("revtype"), rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
				rs.getString("username"), rs.getString("actor"), previousRev);
	}

	/** One entry of a page before its rows are loaded. */
	private record Key(RecordType type, long id, long rev, int revtype, Instant changedAt, String username,
			String actor, Long previousRev) {
	}

	/** One audited row; rev 0 stands for "the record", e.g. whether it still exists. */
	private record RowId(RecordType type, long id, long rev) {
	}

	/** An editor added to or removed from a program in one revision. */
	record EditorChange(long userId, boolean added) {
	}

	/** A referenced record's readable name, and whether it still exists. */
	record Name(String label, boolean live) {
	}

	/** Readable names by kind and id. */
	record Names(Map<Reference, Map<Long, Name>> byReference) {

		Name get(Reference reference, long id) {
			return this.byReference.getOrDefault(reference, Map.of()).get(id);
		}

		/** The name, or "#id" when nothing is known about the record. */
		String label(Reference reference, Object id) {
			if (!(id instanceof Number number)) {
				return null;
			}
			Name name = get(reference, number.longValue());
			return (name != null) ? name.label() : "#" + number.longValue();
		}

	}

}
