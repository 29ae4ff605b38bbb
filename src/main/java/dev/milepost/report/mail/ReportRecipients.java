package dev.milepost.report.mail;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who receives a program's weekly report by e-mail: its stakeholders whose link says
 * "receives weekly report" and who are not archived, by name. The mailer sends to them;
 * the publish confirmation names them first.
 */
@Component
public class ReportRecipients {

	private final JdbcClient jdbc;

	ReportRecipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One statement. */
	@Transactional(readOnly = true)
	public List<Recipient> of(long programId) {
		return this.jdbc.sql("""
				select s.id, s.name, s.email from program_stakeholders ps
				join stakeholders s on s.id = ps.stakeholder_id
				where ps.program_id = :program and ps.receives_weekly_report and not s.archived
				order by s.name, s.id""")
			.param("program", programId)
			.query((rs, n) -> new Recipient(rs.getString("name"), rs.getString("email").toLowerCase(Locale.ROOT),
					Unsubscription.report(programId, rs.getLong("id"))))
			.list();
	}

}
