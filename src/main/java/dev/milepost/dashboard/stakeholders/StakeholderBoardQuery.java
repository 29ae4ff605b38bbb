package dev.milepost.dashboard.stakeholders;

import java.util.ArrayList;
import java.util.List;

import dev.milepost.stakeholder.Level;
import dev.milepost.stakeholder.RaciRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a program's {@link StakeholderBoard} with one SQL statement: the program, its
 * projects that are not archived, and the links of stakeholders that are not archived to
 * either.
 */
@Component
@Transactional(readOnly = true)
public class StakeholderBoardQuery {

	// kind 0 = program, 1 = project; rows without a stakeholder name the columns
	private static final String SQL = """
			select 0 as kind, p.id as scope_id, p.program_key as scope_key, cast(null as bigint) as stakeholder_id,
			       cast(null as varchar(120)) as name, cast(null as varchar(10)) as influence,
			       cast(null as varchar(10)) as interest, cast(null as varchar(12)) as raci_role
			from programs p
			where p.id = :programId
			union all
			select 0, ps.program_id, null, s.id, s.name, s.influence, s.interest, ps.raci_role
			from program_stakeholders ps
			join stakeholders s on s.id = ps.stakeholder_id
			where ps.program_id = :programId and s.archived = false
			union all
			select 1, pr.id, pr.project_key, null, null, null, null, null
			from projects pr
			where pr.program_id = :programId and pr.archived = false
			union all
			select 1, pr.id, null, s.id, s.name, s.influence, s.interest, pjs.raci_role
			from project_stakeholders pjs
			join projects pr on pr.id = pjs.project_id
			join stakeholders s on s.id = pjs.stakeholder_id
			where pr.program_id = :programId and pr.archived = false and s.archived = false
			""";

	private final JdbcClient jdbc;

	public StakeholderBoardQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The board of one program; empty (only the program column) when nobody is linked.
	 */
	public StakeholderBoard program(long programId) {
		String[] programKey = { null };
		List<StakeholderBoard.Column> projects = new ArrayList<>();
		List<StakeholderBoard.Link> links = new ArrayList<>();
		this.jdbc.sql(SQL).param("programId", programId).query((rs) -> {
			boolean program = rs.getInt("kind") == 0;
			long scopeId = rs.getLong("scope_id");
			long stakeholderId = rs.getLong("stakeholder_id");
			if (rs.wasNull()) {
				if (program) {
					programKey[0] = rs.getString("scope_key");
				}
				else {
					projects.add(new StakeholderBoard.Column(scopeId, rs.getString("scope_key"), false));
				}
			}
			else {
				StakeholderBoard.Person person = new StakeholderBoard.Person(stakeholderId, rs.getString("name"),
						Level.valueOf(rs.getString("influence")), Level.valueOf(rs.getString("interest")));
				links.add(new StakeholderBoard.Link(program, scopeId, person,
						RaciRole.valueOf(rs.getString("raci_role"))));
			}
		});
		return StakeholderBoard.of(programId, programKey[0], projects, links);
	}

}
