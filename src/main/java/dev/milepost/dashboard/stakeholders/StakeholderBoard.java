package dev.milepost.dashboard.stakeholders;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.milepost.stakeholder.Level;
import dev.milepost.stakeholder.RaciRole;

/**
 * The stakeholders of one program and its (non-archived) projects: who plays which RACI
 * role where, and where each stands on the influence x interest grid.
 *
 * @param programId the program
 * @param columns the program first, then its projects by key
 * @param rows one per stakeholder, by name; each has one role (or {@code null}) per
 * column
 */
public record StakeholderBoard(long programId, List<Column> columns, List<Row> rows) {

	/** Influence rows of the map, the most influential first. */
	static final List<Level> INFLUENCE_ROWS = List.of(Level.HIGH, Level.MEDIUM, Level.LOW);

	/** Interest columns of the map, the least interested first. */
	static final List<Level> INTEREST_COLUMNS = List.of(Level.LOW, Level.MEDIUM, Level.HIGH);

	public StakeholderBoard {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	/**
	 * The role of a stakeholder in one column ({@link Column#ref()}, e.g.
	 * {@code project-12}), or {@code null}.
	 */
	public RaciRole role(long stakeholderId, String columnRef) {
		for (Row row : this.rows) {
			if (row.stakeholder().id() == stakeholderId) {
				for (int i = 0; i < this.columns.size(); i++) {
					if (this.columns.get(i).ref().equals(columnRef)) {
						return row.roles().get(i);
					}
				}
			}
		}
		return null;
	}

	/** Interest levels LOW..HIGH, for the map's column headers. */
	public List<Level> interestLevels() {
		return INTEREST_COLUMNS;
	}

	/** The map: influence HIGH..LOW, each row with its cells for interest LOW..HIGH. */
	public List<MapRow> map() {
		List<MapRow> map = new ArrayList<>();
		for (Level influence : INFLUENCE_ROWS) {
			List<MapCell> cells = new ArrayList<>();
			for (Level interest : INTEREST_COLUMNS) {
				List<Person> people = this.rows.stream()
					.map(Row::stakeholder)
					.filter((p) -> p.influence() == influence && p.interest() == interest)
					.toList();
				cells.add(new MapCell(influence, interest, Quadrant.of(influence, interest), people));
			}
			map.add(new MapRow(influence, cells));
		}
		return map;
	}

	/** The map cell a stakeholder falls in. */
	public MapCell cellOf(long stakeholderId) {
		return map().stream()
			.flatMap((r) -> r.cells().stream())
			.filter((c) -> c.people().stream().anyMatch((p) -> p.id() == stakeholderId))
			.findFirst()
			.orElse(null);
	}

	/** Builds the board from the program, its projects and the links, in any order. */
	static StakeholderBoard of(long programId, String programKey, List<Column> projects, List<Link> links) {
		List<Column> columns = new ArrayList<>();
		columns.add(new Column(programId, programKey, true));
		projects.stream().sorted(Comparator.comparing(Column::key)).forEach(columns::add);
		List<Person> people = links.stream()
			.map(Link::stakeholder)
			.distinct()
			.sorted(Comparator.comparing((Person p) -> p.name().toLowerCase(Locale.ROOT)).thenComparing(Person::id))
			.toList();
		List<Row> rows = new ArrayList<>();
		for (Person person : people) {
			List<RaciRole> roles = new ArrayList<>(Collections.nCopies(columns.size(), null));
			for (Link link : links) {
				if (link.stakeholder().id() == person.id()) {
					for (int i = 0; i < columns.size(); i++) {
						Column column = columns.get(i);
						if (column.program() == link.program() && column.id() == link.scopeId()) {
							roles.set(i, link.role());
						}
					}
				}
			}
			rows.add(new Row(person, roles));
		}
		return new StakeholderBoard(programId, columns, rows);
	}

	/** The program itself or one of its projects. */
	public record Column(long id, String key, boolean program) {

		/**
		 * Unique among the columns ({@code program-3}, {@code project-3}): programs and
		 * projects number apart.
		 */
		public String ref() {
			return (this.program ? "program-" : "project-") + this.id;
		}

		/**
		 * The project's page; {@code null} for the program (the page showing the board).
		 */
		public String href() {
			return this.program ? null : "/projects/" + this.id;
		}

	}

	/** A stakeholder as the board shows them. */
	public record Person(long id, String name, Level influence, Level interest) {

		public String href() {
			return "/stakeholders/" + this.id;
		}

	}

	/**
	 * One row of the RACI matrix; {@code roles} has one entry per column, {@code null}
	 * where none.
	 */
	public record Row(Person stakeholder, List<RaciRole> roles) {

		public Row {
			roles = Collections.unmodifiableList(new ArrayList<>(roles));
		}

	}

	/** One influence row of the map. */
	public record MapRow(Level influence, List<MapCell> cells) {

		public MapRow {
			cells = List.copyOf(cells);
		}

	}

	/** One cell of the map and the stakeholders in it, by name. */
	public record MapCell(Level influence, Level interest, Quadrant quadrant, List<Person> people) {

		public MapCell {
			people = List.copyOf(people);
		}

	}

	/**
	 * A link read from the database: a stakeholder's role in the program or one project.
	 */
	record Link(boolean program, long scopeId, Person stakeholder, RaciRole role) {
	}

	/**
	 * Mendelow's quadrants. The grid has three levels, so "high" means HIGH and the
	 * low/medium levels share the other side.
	 */
	public enum Quadrant {

		MANAGE_CLOSELY, KEEP_SATISFIED, KEEP_INFORMED, MONITOR;

		public static Quadrant of(Level influence, Level interest) {
			boolean highInfluence = influence == Level.HIGH;
			boolean highInterest = interest == Level.HIGH;
			if (highInfluence) {
				return highInterest ? MANAGE_CLOSELY : KEEP_SATISFIED;
			}
			return highInterest ? KEEP_INFORMED : MONITOR;
		}

		/**
		 * Bootstrap table-cell class; the label is always printed too, so colour is not
		 * the only cue.
		 */
		public String cssClass() {
			return switch (this) {
				case MANAGE_CLOSELY -> "table-danger";
				case KEEP_SATISFIED -> "table-warning";
				case KEEP_INFORMED -> "table-info";
				case MONITOR -> "table-light";
			};
		}

	}

}
