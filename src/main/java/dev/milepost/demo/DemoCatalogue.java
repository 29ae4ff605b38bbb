package dev.milepost.demo;

import java.util.List;

/**
 * The hand-written content of the small demo portfolio: people, programs, projects,
 * milestone names, dependencies and risks. Dates are day offsets from "today" so the demo
 * always looks current; {@link DemoPortfolioGenerator} turns this into rows.
 */
final class DemoCatalogue {

	private DemoCatalogue() {
	}

	/**
	 * What happens to a milestone; {@code null} in a template lets the generator choose.
	 */
	enum Fate {

		DONE_ON_TIME, DONE_LATE, ON_TRACK, SLIPPED, OVERDUE, BLOCKED, CANCELLED

	}

	record Person(String name, String email, String title, String organisation, String influence, String interest) {
	}

	record Link(String email, String raciRole, boolean receivesWeeklyReport) {
	}

	/**
	 * @param rebaselineDays when positive, the baseline was moved this many days later by
	 * an approved change ({@code rebaselineReason})
	 */
	record MilestoneTemplate(String name, Fate fate, int rebaselineDays, String rebaselineReason) {
	}

	/** {@code startDay}/{@code endDay} are offsets in days from today. */
	record ProjectTemplate(String key, String name, String leadEmail, String description, int startDay, int endDay,
			List<MilestoneTemplate> milestones, List<Link> links) {
	}

	/**
	 * How a program is going, so that the demo shows a leader a mix of health rather than
	 * RED everywhere. {@code null} leaves it to chance (which at demo dates mostly means
	 * RED).
	 */
	enum Outlook {

		/**
		 * On plan: open milestones on track, spending in line with progress, updated
		 * weekly (GREEN).
		 */
		CALM,
		/**
		 * On plan like CALM, but with a few risks scoring 15-19 that need watching
		 * (AMBER).
		 */
		WATCH

	}

	/**
	 * {@code pausedDay} (offset from today) only matters for an ON_HOLD program;
	 * {@code outlook} may be {@code null}.
	 */
	record ProgramTemplate(String key, String name, String status, String ownerEmail, String currency,
			String description, String objective, int pausedDay, List<ProjectTemplate> projects, List<Link> links,
			Outlook outlook) {

		ProgramTemplate(String key, String name, String status, String ownerEmail, String currency, String description,
				String objective, int pausedDay, List<ProjectTemplate> projects, List<Link> links) {
			this(key, name, status, ownerEmail, currency, description, objective, pausedDay, projects, links, null);
		}

	}

	/** The successor milestone cannot finish before the predecessor. */
	record DependencyTemplate(String programKey, String projectKey, String milestone, String predecessorProgramKey,
			String predecessorProjectKey, String predecessorMilestone) {
	}

	record RiskTemplate(String programKey, String projectKey, String title, String category, int probability,
			int impact, String response, String status, String ownerEmail, String description, String mitigation) {
	}

	// Names, titles and organisations are invented; e-mails use the reserved example.com
	// domain.
	static final List<Person> PEOPLE = List.of(
			person("Priya Raman", "Chief Operating Officer", "Executive Office", "HIGH", "HIGH"),
			person("Marcus Okafor", "Chief Technology Officer", "Group Technology", "HIGH", "HIGH"),
			person("Helen Fischer", "Chief Financial Officer", "Finance", "HIGH", "MEDIUM"),
			person("Daniel Novak", "Head of Payments", "Retail Banking", "HIGH", "HIGH"),
			person("Sofia Marquez", "Engineering Manager, Payments", "Group Technology", "MEDIUM", "HIGH"),
			person("Kenji Watanabe", "Principal Engineer", "Group Technology", "MEDIUM", "HIGH"),
			person("Aisha Bello", "Head of Cloud Platform", "Group Technology", "HIGH", "HIGH"),
			person("Tom Lindqvist", "Infrastructure Lead", "Group Technology", "MEDIUM", "HIGH"),
			person("Grace O'Neill", "grace.oneill@example.com", "Chief Data Officer", "Data and Analytics", "HIGH",
					"HIGH"),
			person("Ravi Shankar", "Data Engineering Lead", "Data and Analytics", "MEDIUM", "HIGH"),
			person("Omar Farouk", "Data Architect", "Data and Analytics", "MEDIUM", "MEDIUM"),
			person("Emma Johansson", "Head of Digital Channels", "Digital", "HIGH", "HIGH"),
			person("Lucas Moreau", "Mobile Engineering Lead", "Digital", "MEDIUM", "HIGH"),
			person("Chloe Bennett", "Product Manager, Mobile", "Digital", "MEDIUM", "HIGH"),
			person("Fatima Haddad", "Chief Compliance Officer", "Legal and Compliance", "HIGH", "HIGH"),
			person("Peter Walsh", "Data Protection Officer", "Legal and Compliance", "HIGH", "MEDIUM"),
			person("Oliver Grant", "Chief Information Security Officer", "Information Security", "HIGH", "MEDIUM"),
			person("Nadia Petrova", "Security Engineering Manager", "Information Security", "MEDIUM", "HIGH"),
			person("Samuel Adeyemi", "Head of Internal Audit", "Internal Audit", "MEDIUM", "MEDIUM"),
			person("Laura Schmidt", "Head of Customer Operations", "Customer Operations", "MEDIUM", "HIGH"),
			person("Diego Alvarez", "CRM Product Owner", "Customer Operations", "MEDIUM", "MEDIUM"),
			person("Hannah Cohen", "Procurement Manager", "Procurement", "LOW", "MEDIUM"),
			person("Ben Carter", "Finance Business Partner", "Finance", "MEDIUM", "MEDIUM"),
			person("Mei Lin", "QA Lead", "Group Technology", "LOW", "HIGH"),
			person("Jonas Weber", "Enterprise Architect", "Group Technology", "HIGH", "MEDIUM"),
			person("Elena Rossi", "Fraud Analytics Lead", "Retail Banking", "MEDIUM", "HIGH"),
			person("Isabel Costa", "Senior Technical Program Manager", "Program Management Office", "MEDIUM", "HIGH"),
			person("Arjun Mehta", "Technical Program Manager", "Program Management Office", "MEDIUM", "HIGH"),
			person("Noah Brooks", "Technical Program Manager", "Program Management Office", "MEDIUM", "HIGH"),
			person("Claire Dubois", "Head of Program Management Office", "Program Management Office", "HIGH", "MEDIUM"),
			person("Rachel Kim", "Head of Marketing", "Marketing", "MEDIUM", "LOW"),
			person("Victor Hughes", "Account Director", "Northwind Consulting", "LOW", "MEDIUM"),
			person("Yuki Tanaka", "Delivery Manager", "Contoso Cloud Services", "LOW", "HIGH"));

	static final List<ProgramTemplate> PROGRAMS = List.of(
			new ProgramTemplate("PAY", "Payments modernisation", "ACTIVE", "isabel.costa@example.com", "USD",
					"Replace the legacy card and transfer stack with a cloud-native payments platform: a new card "
							+ "gateway, a real-time ledger, ISO 20022 messaging and modern fraud screening.",
					"Run all card and transfer volume on the new platform by year end at 99.95% availability.", 0,
					List.of(project("GATEWAY", "Card gateway replacement", "sofia.marquez@example.com",
							"Move card authorisation from the 2009 gateway to a managed, PCI DSS certified service.",
							-300, 120,
							List.of(ms("Vendor contract signed"), ms("Sandbox integration complete"),
									ms("PCI DSS assessment passed", Fate.DONE_LATE),
									ms("Pilot with 5% of card traffic",
											Fate.SLIPPED),
									ms("Full card traffic cut-over"), ms("Legacy gateway decommissioned")),
							links(link(
									"hannah.cohen@example.com", "CONSULTED"),
									link("oliver.grant@example.com", "CONSULTED"))),
							project("LEDGER", "Real-time ledger", "kenji.watanabe@example.com",
									"Double-entry ledger that posts in real time and replaces the nightly mainframe run.",
									-260, 200, List.of(ms("Ledger domain model approved"),
											ms("Double-entry engine MVP"), ms("Reconciliation parity with mainframe"),
											rebaselined("Parallel run complete", 35,
													"Re-baselined after steering committee approved change request "
															+ "CR-014 (SEPA Instant added to scope)"),
											ms("Ledger go-live")),
									links(link("ben.carter@example.com", "CONSULTED"))),
							project("ISO", "ISO 20022 messaging", "jonas.weber@example.com",
									"Translate payment messages to ISO 20022 and retire the MT formats.", -200, 150,
									List.of(ms("Message schema mapping done"), ms("SWIFT CBPR+ testing passed"),
											ms("Corporate clients migrated"), ms("MT message retirement")),
									links()),
							project("FRAUD", "Fraud screening upgrade", "elena.rossi@example.com",
									"Real-time fraud scoring on every card and instant payment.", -150, 30,
									List.of(ms("Rules engine selected"), ms("Shadow scoring live"),
											ms("Model validation signed off", Fate.BLOCKED),
											ms("Real-time blocking enabled")),
									links(link("nadia.petrova@example.com", "CONSULTED")))),
					links(accountable("priya.raman@example.com", true), responsible("isabel.costa@example.com", true),
							responsible("daniel.novak@example.com", true),
							weekly("marcus.okafor@example.com", "CONSULTED"),
							link("oliver.grant@example.com", "CONSULTED"), link("elena.rossi@example.com", "CONSULTED"),
							weekly("helen.fischer@example.com", "INFORMED"),
							link("samuel.adeyemi@example.com", "INFORMED"))),
			new ProgramTemplate("CLOUD", "Data centre exit and cloud migration", "ACTIVE", "arjun.mehta@example.com",
					"USD",
					"Move 140 applications out of the Frankfurt data centre before the lease ends, in two migration "
							+ "waves on a shared landing zone.",
					"Exit the data centre before the lease ends and cut hosting cost by 30%.", 0,
					List.of(project("LZ", "Landing zone and network", "tom.lindqvist@example.com",
							"Accounts, network, identity and security guardrails every workload builds on.", -340, -60,
							List.of(ms("Cloud account structure agreed"), ms("Network connectivity established"),
									ms("Landing zone security baseline"), ms("Production landing zone live")),
							links(link("oliver.grant@example.com", "CONSULTED"))),
							project("WAVE1", "Migration wave 1: internal apps", "yuki.tanaka@example.com",
									"Rehost 85 internal applications with low customer impact.", -200, 40,
									List.of(ms("Wave 1 runbooks approved"), ms("Dev and test environments migrated"),
											ms("Wave 1 production cut-over"), ms("Wave 1 hypercare closed")),
									links(link("tom.lindqvist@example.com", "CONSULTED"))),
							project("WAVE2", "Migration wave 2: customer-facing apps", "yuki.tanaka@example.com",
									"Replatform 55 customer-facing applications, including online banking.", -120, 210,
									List.of(ms("Dependency mapping complete"), ms("Performance test in cloud passed"),
											rebaselined("Wave 2 production cut-over", 30,
													"Re-baselined: Contoso contract renegotiated with a new delivery plan"),
											ms("Wave 2 hypercare closed")),
									links(link("mei.lin@example.com", "CONSULTED"))),
							project("DCEXIT", "Data centre decommissioning", "tom.lindqvist@example.com",
									"Empty, wipe and hand back the data centre floor.", -60, 300,
									List.of(ms("Hardware inventory reconciled"), ms("Lease exit notice served"),
											ms("Final workloads migrated"), ms("Data centre handed back")),
									links(link("hannah.cohen@example.com", "CONSULTED"),
											link("ben.carter@example.com", "INFORMED")))),
					links(accountable("marcus.okafor@example.com", true), responsible("arjun.mehta@example.com", true),
							responsible("aisha.bello@example.com", true),
							weekly("helen.fischer@example.com", "INFORMED"),
							link("oliver.grant@example.com", "CONSULTED"), link("yuki.tanaka@example.com", "CONSULTED"),
							link("jonas.weber@example.com", "CONSULTED")),
					Outlook.WATCH),
			new ProgramTemplate("DATA", "Enterprise data platform", "ACTIVE", "isabel.costa@example.com", "EUR",
					"One governed lakehouse fed by streaming change data capture, replacing four departmental data "
							+ "warehouses.",
					"Serve finance and risk reporting from a single governed source by the next audit cycle.", 0,
					List.of(project("INGEST", "Streaming ingestion", "ravi.shankar@example.com",
							"Change data capture from core banking and card systems onto an event backbone.", -280, 90,
							List.of(ms("Event backbone provisioned"), ms("Core banking CDC feeds live"),
									ms("Card events streaming"), ms("Batch feeds retired", Fate.CANCELLED)),
							links()),
							project("LAKE", "Lakehouse foundation", "omar.farouk@example.com",
									"Storage, catalogue and the bronze/silver/gold layers.", -240, 160,
									List.of(ms("Storage and catalogue design approved"),
											ms("Bronze and silver layers live"), ms("Data quality checks automated"),
											ms("Gold layer for finance reporting")),
									links(link("victor.hughes@example.com", "CONSULTED"))),
							project("GOV", "Data governance and lineage", "peter.walsh@example.com",
									"Ownership, lineage and retention for every critical data element.", -180, 240,
									List.of(ms("Data owners appointed"), ms("Lineage tool rolled out"),
											ms("Critical data elements documented"), ms("Retention policies enforced")),
									links(link("fatima.haddad@example.com", "CONSULTED"))),
							project("BI", "Self-service analytics", "omar.farouk@example.com",
									"Move analysts from the legacy reporting server to governed self-service dashboards.",
									-90, 270,
									List.of(ms("BI tool selected"), ms("Finance dashboards migrated"),
											ms("Analyst training completed"), ms("Legacy reporting server retired")),
									links(link("ben.carter@example.com", "CONSULTED")))),
					links(accountable("grace.oneill@example.com", true), responsible("isabel.costa@example.com", true),
							responsible("ravi.shankar@example.com", false),
							weekly("peter.walsh@example.com", "CONSULTED"),
							link("helen.fischer@example.com", "CONSULTED"),
							link("victor.hughes@example.com", "INFORMED"),
							weekly("priya.raman@example.com", "INFORMED")),
					Outlook.CALM),
			new ProgramTemplate("MOBILE", "Mobile app relaunch", "ACTIVE", "noah.brooks@example.com", "GBP",
					"Rebuild the retail mobile app natively on a new design system and API gateway, then relaunch it "
							+ "with a marketing campaign.",
					"Raise the app store rating from 2.9 to 4.5 and move 60% of transfers to mobile.", 0, List.of(
							project("DESIGN", "Design system and UX research", "chloe.bennett@example.com",
									"Research with 40 customers and a shared, accessible component library.", -210, -30,
									List.of(ms("User research synthesis"), ms("Design system v1 published"),
											ms("Accessibility audit passed")),
									links(link("rachel.kim@example.com", "INFORMED"))),
							project("APP", "Native app rebuild", "lucas.moreau@example.com",
									"iOS and Android apps rebuilt natively on the new design system.", -180, 150,
									List.of(ms("Architecture spike complete"), ms("Login and onboarding flows"),
											ms("Payments and transfers"), ms("Beta with 2,000 customers"),
											ms("App store launch")),
									links(link("chloe.bennett@example.com", "CONSULTED"),
											link("mei.lin@example.com", "CONSULTED"))),
							project("API", "Mobile API gateway", "jonas.weber@example.com",
									"A backend-for-frontend gateway in front of the core services.", -100, 80,
									List.of(ms("API contract frozen"), ms("Gateway in production"),
											ms("Rate limiting and monitoring", Fate.CANCELLED)),
									links(link("aisha.bello@example.com", "CONSULTED"))),
							project("LAUNCH", "Launch and marketing", "rachel.kim@example.com",
									"Store listings, launch communications and the relaunch campaign.", -20, 170,
									List.of(ms("Launch plan approved"), ms("App store listing ready"),
											ms("Marketing campaign live")),
									links(link("emma.johansson@example.com", "ACCOUNTABLE")))),
					links(accountable("emma.johansson@example.com", true), responsible("noah.brooks@example.com", true),
							responsible("lucas.moreau@example.com", false),
							link("chloe.bennett@example.com", "CONSULTED"), link("rachel.kim@example.com", "CONSULTED"),
							weekly("daniel.novak@example.com", "CONSULTED"),
							link("laura.schmidt@example.com", "INFORMED")),
					Outlook.WATCH),
			new ProgramTemplate("SOC2", "SOC 2 Type II certification", "ACTIVE", "claire.dubois@example.com", "USD",
					"Design and evidence the controls needed for a SOC 2 Type II report that enterprise customers "
							+ "now ask for in every contract.",
					"Receive an unqualified SOC 2 Type II report within twelve months.", 0, List.of(
							project("CTRL", "Control design and gap analysis", "nadia.petrova@example.com",
									"Readiness assessment, control matrix and remediation plan.", -200, -20,
									List.of(ms("Readiness assessment complete"), ms("Control matrix approved"),
											ms("Gap remediation plan signed off")),
									links(link("fatima.haddad@example.com", "ACCOUNTABLE"))),
							project("IAM", "Access management hardening", "nadia.petrova@example.com",
									"Single sign-on, access reviews and privileged access for every in-scope system.",
									-150, 100,
									List.of(ms("SSO for all SaaS tools"), ms("Quarterly access reviews automated"),
											ms("Privileged access management live")),
									links(link("oliver.grant@example.com", "ACCOUNTABLE"))),
							project("EVID", "Evidence automation", "mei.lin@example.com",
									"Collect audit evidence automatically instead of by screenshot.", -120, 90,
									List.of(ms("Evidence collection tool selected", Fate.DONE_LATE),
											ms("Automated evidence for 80% of controls"),
											ms("Audit-ready evidence library")),
									links(link("hannah.cohen@example.com", "CONSULTED"))),
							project("AUDIT", "External audit", "samuel.adeyemi@example.com",
									"Auditor engagement, observation window and fieldwork.", -60, 260,
									List.of(ms("Auditor engaged"),
											rebaselined("Observation window starts", 28,
													"Re-baselined to match the auditor's revised fieldwork calendar"),
											ms("Fieldwork complete"), ms("SOC 2 report issued")),
									links(link("claire.dubois@example.com", "ACCOUNTABLE")))),
					links(accountable("fatima.haddad@example.com", true),
							responsible("claire.dubois@example.com", true),
							responsible("oliver.grant@example.com", true),
							link("samuel.adeyemi@example.com", "CONSULTED"),
							link("nadia.petrova@example.com", "CONSULTED"),
							weekly("marcus.okafor@example.com", "INFORMED"),
							link("priya.raman@example.com", "INFORMED")),
					Outlook.CALM),
			new ProgramTemplate("CRM", "CRM consolidation", "ON_HOLD", "laura.schmidt@example.com", "EUR",
					"Consolidate three CRM systems into one. Paused by the steering committee pending the budget "
							+ "review; discovery is complete.",
					"One customer record for sales, service and the contact centre.", -45,
					List.of(project("DISC", "Discovery and vendor selection", "diego.alvarez@example.com",
							"Requirements, vendor shortlist and selection.", -260, -120,
							List.of(ms("Requirements baseline"), ms("Vendor shortlist"), ms("Vendor selected")),
							links(link("hannah.cohen@example.com", "CONSULTED"))),
							project("MIGR", "Customer data migration", "diego.alvarez@example.com",
									"Deduplicate and migrate 2.4 million customer records.", -130, 120,
									List.of(ms("Data mapping complete"), ms("Trial migration"),
											ms("Production migration")),
									links(link("peter.walsh@example.com", "CONSULTED"))),
							project("CC", "Contact centre integration", "laura.schmidt@example.com",
									"Telephony and agent desktop integration with the new CRM.", -100, 160,
									List.of(ms("Telephony integration design"), ms("Agent desktop pilot"),
											ms("Contact centre go-live")),
									links())),
					links(accountable("laura.schmidt@example.com", true),
							responsible("diego.alvarez@example.com", true),
							link("emma.johansson@example.com", "CONSULTED"),
							weekly("helen.fischer@example.com", "CONSULTED"),
							link("hannah.cohen@example.com", "INFORMED"))));

	static final List<DependencyTemplate> DEPENDENCIES = List.of(
			dep("PAY", "GATEWAY", "Full card traffic cut-over", "PAY", "FRAUD", "Real-time blocking enabled"),
			dep("PAY", "GATEWAY", "Pilot with 5% of card traffic", "CLOUD", "LZ", "Production landing zone live"),
			dep("PAY", "LEDGER", "Ledger go-live", "PAY", "ISO", "SWIFT CBPR+ testing passed"),
			dep("PAY", "ISO", "Corporate clients migrated", "PAY", "LEDGER", "Reconciliation parity with mainframe"),
			dep("PAY", "FRAUD", "Real-time blocking enabled", "DATA", "INGEST", "Card events streaming"),
			dep("CLOUD", "WAVE1", "Wave 1 production cut-over", "CLOUD", "LZ", "Production landing zone live"),
			dep("CLOUD", "WAVE2", "Wave 2 production cut-over", "CLOUD", "WAVE1", "Wave 1 hypercare closed"),
			dep("CLOUD", "DCEXIT", "Final workloads migrated", "CLOUD", "WAVE2", "Wave 2 production cut-over"),
			dep("CLOUD", "DCEXIT", "Data centre handed back", "PAY", "GATEWAY", "Legacy gateway decommissioned"),
			dep("MOBILE", "API", "Gateway in production", "CLOUD", "LZ", "Production landing zone live"),
			dep("DATA", "LAKE", "Bronze and silver layers live", "DATA", "INGEST", "Core banking CDC feeds live"),
			dep("DATA", "LAKE", "Bronze and silver layers live", "CLOUD", "LZ", "Production landing zone live"),
			dep("DATA", "BI", "Legacy reporting server retired", "DATA", "LAKE", "Gold layer for finance reporting"),
			dep("MOBILE", "APP", "Beta with 2,000 customers", "MOBILE", "API", "Gateway in production"),
			dep("MOBILE", "APP", "Login and onboarding flows", "MOBILE", "DESIGN", "Design system v1 published"),
			dep("MOBILE", "LAUNCH", "Marketing campaign live", "MOBILE", "APP", "App store launch"),
			dep("MOBILE", "APP", "Payments and transfers", "PAY", "GATEWAY", "Pilot with 5% of card traffic"),
			dep("SOC2", "AUDIT", "Observation window starts", "SOC2", "IAM", "Quarterly access reviews automated"),
			dep("SOC2", "AUDIT", "Observation window starts", "SOC2", "EVID", "Automated evidence for 80% of controls"),
			dep("SOC2", "AUDIT", "Fieldwork complete", "SOC2", "EVID", "Audit-ready evidence library"),
			dep("SOC2", "IAM", "SSO for all SaaS tools", "SOC2", "CTRL", "Readiness assessment complete"),
			dep("SOC2", "AUDIT", "Auditor engaged", "SOC2", "CTRL", "Gap remediation plan signed off"),
			dep("SOC2", "AUDIT", "Fieldwork complete", "CLOUD", "WAVE2", "Wave 2 production cut-over"),
			dep("CRM", "MIGR", "Trial migration", "CRM", "DISC", "Vendor selected"),
			dep("CRM", "CC", "Contact centre go-live", "CRM", "MIGR", "Production migration"));

	// Together these cover every category, status and response, every probability and
	// impact from
	// 1 to 5, and every possible score (1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25).
	static final List<RiskTemplate> RISKS = List.of(
			risk("PAY", "GATEWAY", "Card scheme certification slips past the cut-over window", "SCHEDULE", 4, 5,
					"REDUCE", "OPEN", "sofia.marquez@example.com",
					"Scheme test slots are booked months ahead; missing ours pushes the cut-over by a quarter.",
					"Book two provisional test slots now and run the scheme test scripts weekly in sandbox."),
			risk("PAY", "GATEWAY", "Legacy gateway support ends before full cut-over", "SCHEDULE", 5, 5, "REDUCE",
					"OPEN", "daniel.novak@example.com",
					"The vendor's extended support contract ends in the same month as the planned cut-over.",
					"Negotiate a six-month support extension as a fallback; escalated to the steering committee."),
			risk("PAY", "LEDGER", "Mainframe reconciliation rules are undocumented", "TECHNICAL", 4, 4, "REDUCE",
					"MITIGATING", "kenji.watanabe@example.com",
					"Decades of reconciliation logic live only in COBOL and in two people's heads.",
					"Pair the two mainframe experts with the ledger team; record rules as executable test cases."),
			risk("PAY", null, "Payments engineers recruited away by competitors", "RESOURCE", 3, 4, "REDUCE", "OPEN",
					"daniel.novak@example.com", null,
					"Retention bonuses for five key engineers; document critical knowledge in runbooks."),
			risk("PAY", "ISO", "ISO 20022 market deadline moves earlier", "EXTERNAL", 2, 5, "ACCEPT", "OPEN",
					"jonas.weber@example.com", null, "Monitor SWIFT announcements monthly; no action unless it moves."),
			risk("PAY", "FRAUD", "False-positive rate rises after the model switch", "TECHNICAL", 3, 3, "REDUCE",
					"MITIGATING", "elena.rossi@example.com",
					"More declined genuine payments would flood the contact centre.",
					"Four weeks of shadow scoring with a false-positive threshold agreed with Operations."),
			risk("PAY", null, "Gateway licence cost above budget", "COST", 2, 3, "TRANSFER", "CLOSED",
					"hannah.cohen@example.com", null, "Fixed-price clause agreed in the vendor contract."),
			risk("PAY", "GATEWAY", "PCI DSS scope grows to include the new logging stack", "COMPLIANCE", 3, 5, "AVOID",
					"MITIGATING", "oliver.grant@example.com", null,
					"Tokenise card numbers before they reach logs so logging stays out of scope."),
			risk("CLOUD", "WAVE2", "Latency-sensitive apps degrade after moving to the cloud", "TECHNICAL", 3, 5,
					"REDUCE", "OPEN", "yuki.tanaka@example.com",
					"Online banking calls the mainframe up to 40 times per page.",
					"Performance test every wave 2 app in the cloud before cut-over; add a caching layer."),
			risk("CLOUD", "DCEXIT", "Lease penalty if the data centre exit slips", "COST", 3, 5, "AVOID", "OPEN",
					"tom.lindqvist@example.com",
					"Each month beyond the lease end costs a penalty equal to two months' rent.",
					"Track the exit date weekly; pre-negotiate a one-month extension option."),
			risk("CLOUD", null, "Cloud spend exceeds forecast during dual running", "COST", 4, 3, "REDUCE",
					"MITIGATING", "ben.carter@example.com", null,
					"Weekly cost review, budgets and alerts per account; shut down test environments at night."),
			risk("CLOUD", "LZ", "Network team capacity shared with day-to-day operations", "RESOURCE", 3, 2, "ACCEPT",
					"CLOSED", "tom.lindqvist@example.com", null, "Landing zone network work is complete."),
			risk("CLOUD", "WAVE1", "Undocumented batch jobs discovered late", "SCOPE", 4, 2, "REDUCE", "OCCURRED",
					"yuki.tanaka@example.com", "Twelve batch jobs were found during wave 1 cut-over rehearsal.",
					"Added a scheduler inventory step to every wave runbook."),
			risk("CLOUD", null, "Cloud provider regional outage", "EXTERNAL", 1, 5, "TRANSFER", "OPEN",
					"aisha.bello@example.com", null, "Multi-zone deployment and provider SLA credits."),
			risk("CLOUD", "WAVE2", "Third-party licences not portable to the cloud", "COMPLIANCE", 2, 4, "AVOID",
					"MITIGATING", "hannah.cohen@example.com", null,
					"Licence review for every wave 2 product with Procurement before migration."),
			risk("DATA", "INGEST", "Core banking CDC connector unstable under load", "TECHNICAL", 3, 4, "REDUCE",
					"MITIGATING", "ravi.shankar@example.com", null,
					"Load test at twice peak volume; vendor fix scheduled in the next connector release."),
			risk("DATA", "GOV", "Data owners not appointed in time", "RESOURCE", 4, 3, "REDUCE", "OPEN",
					"peter.walsh@example.com", null, "CDO to name owners at the next executive committee."),
			risk("DATA", null, "Personal data copied to the lake without a lawful basis", "COMPLIANCE", 2, 5, "AVOID",
					"MITIGATING", "peter.walsh@example.com", null,
					"Classification at ingestion; personal data masked in bronze unless a purpose is recorded."),
			risk("DATA", "BI", "Analysts keep using spreadsheets", "SCOPE", 3, 2, "ACCEPT", "OPEN",
					"omar.farouk@example.com", null, "Training and champions per department."),
			risk("DATA", null, "Storage costs grow faster than data volumes", "COST", 2, 2, "ACCEPT", "OPEN",
					"ben.carter@example.com", null, "Lifecycle rules move cold data to archive storage."),
			risk("DATA", "LAKE", "Catalogue tool vendor acquired, roadmap uncertain", "EXTERNAL", 2, 3, "ACCEPT",
					"CLOSED", "omar.farouk@example.com", null, "New owner confirmed the roadmap in writing."),
			risk("DATA", "INGEST", "Card event schema changes without notice", "TECHNICAL", 1, 3, "ACCEPT", "CLOSED",
					"ravi.shankar@example.com", null, "Schema registry with compatibility checks now enforced."),
			risk("MOBILE", "APP", "App store review rejects the launch build", "SCHEDULE", 3, 4, "REDUCE", "OPEN",
					"lucas.moreau@example.com", null, "Submit a release candidate three weeks before launch."),
			risk("MOBILE", "APP", "Biometric login fails on older Android devices", "TECHNICAL", 5, 3, "REDUCE",
					"MITIGATING", "lucas.moreau@example.com", null,
					"Device lab testing on the 30 most used models; PIN fallback kept."),
			risk("MOBILE", "LAUNCH", "Campaign date fixed before beta results are known", "SCHEDULE", 4, 4, "REDUCE",
					"OPEN", "rachel.kim@example.com", null,
					"Agree a go/no-go checkpoint with Marketing two weeks after the beta starts."),
			risk("MOBILE", "DESIGN", "Accessibility audit finds blocking issues", "COMPLIANCE", 2, 2, "REDUCE",
					"CLOSED", "chloe.bennett@example.com", null, "Audit passed with minor findings only."),
			risk("MOBILE", null, "Key iOS engineer leaving", "RESOURCE", 5, 4, "REDUCE", "OCCURRED",
					"lucas.moreau@example.com", "The lead iOS engineer resigned; notice period ends next month.",
					"Contractor onboarded; handover plan agreed."),
			risk("MOBILE", "API", "Gateway rate limits too low for launch traffic", "TECHNICAL", 1, 2, "ACCEPT", "OPEN",
					"jonas.weber@example.com", null, null),
			risk("SOC2", "AUDIT", "Observation window misses evidence for some controls", "COMPLIANCE", 2, 5, "REDUCE",
					"MITIGATING", "samuel.adeyemi@example.com",
					"Any gap in evidence during the window becomes a finding in the report.",
					"Monthly internal dry-run of evidence for every control; owners named per control."),
			risk("SOC2", "IAM", "Legacy apps cannot integrate with single sign-on", "TECHNICAL", 3, 3, "TRANSFER",
					"MITIGATING", "nadia.petrova@example.com", null,
					"Identity vendor's professional services build the connectors."),
			risk("SOC2", null, "Auditor availability in peak season", "EXTERNAL", 2, 4, "ACCEPT", "OPEN",
					"claire.dubois@example.com", null, "Fieldwork dates confirmed in the engagement letter."),
			risk("SOC2", "EVID", "Evidence tool subscription cost", "COST", 1, 1, "ACCEPT", "CLOSED",
					"hannah.cohen@example.com", null, null),
			risk("SOC2", null, "Control owners lack time for evidence requests", "RESOURCE", 4, 2, "REDUCE", "OPEN",
					"claire.dubois@example.com", null, "Evidence requests batched monthly; automation first."),
			risk("SOC2", "CTRL", "New customer contract adds ISO 27001 scope", "SCOPE", 3, 1, "ACCEPT", "OPEN",
					"fatima.haddad@example.com", null, "Map SOC 2 controls to ISO 27001 Annex A; no new work yet."),
			risk("CRM", null, "Budget not reinstated after the review", "COST", 5, 5, "ACCEPT", "OPEN",
					"laura.schmidt@example.com", "Without budget the program stays on hold and the team is released.",
					"Business case refreshed with the contact centre savings; decision at the next steering committee."),
			risk("CRM", "MIGR", "Duplicate customer records block the migration", "TECHNICAL", 5, 2, "REDUCE", "OPEN",
					"diego.alvarez@example.com", "Trial matching found 11% duplicates across the three systems.",
					"Matching rules agreed with Operations; clean-up continues while paused."),
			risk("CRM", null, "Vendor price hold expires during the pause", "EXTERNAL", 4, 1, "ACCEPT", "OPEN",
					"hannah.cohen@example.com", null, null));

	static final List<String> SLIP_REASONS = List.of("Vendor delivered the SDK two weeks late",
			"Integration test environment unavailable for eight days", "Key engineer on unplanned leave",
			"Scope added: 3-D Secure 2.2 support requested by Risk",
			"Waiting for firewall change approval from Infrastructure",
			"Performance test failed; tuning needed before sign-off", "Upstream dependency slipped",
			"Change freeze over quarter end", "Security review raised two high findings to fix first",
			"Data quality issues found during the trial run", "Procurement took longer than planned",
			"Regulator feedback required rework of the design", "Test data not available from the source team",
			"Two sprints lost to a production incident");

	static final List<String> BLOCK_REASONS = List.of("Blocked: waiting for a legal opinion on the contract clause",
			"Blocked: vendor has not delivered the required release",
			"Blocked: no test environment until the freeze ends");

	static final String PAUSE_REASON = "Program paused by the steering committee pending the budget review";

	private static Person person(String name, String title, String organisation, String influence, String interest) {
		String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.com";
		return new Person(name, email, title, organisation, influence, interest);
	}

	private static Person person(String name, String email, String title, String organisation, String influence,
			String interest) {
		return new Person(name, email, title, organisation, influence, interest);
	}

	private static ProjectTemplate project(String key, String name, String leadEmail, String description, int startDay,
			int endDay, List<MilestoneTemplate> milestones, List<Link> links) {
		return new ProjectTemplate(key, name, leadEmail, description, startDay, endDay, milestones, links);
	}

	private static MilestoneTemplate ms(String name) {
		return new MilestoneTemplate(name, null, 0, null);
	}

	private static MilestoneTemplate ms(String name, Fate fate) {
		return new MilestoneTemplate(name, fate, 0, null);
	}

	private static MilestoneTemplate rebaselined(String name, int days, String reason) {
		return new MilestoneTemplate(name, null, days, reason);
	}

	private static List<Link> links(Link... links) {
		return List.of(links);
	}

	private static Link link(String email, String role) {
		return new Link(email, role, false);
	}

	private static Link weekly(String email, String role) {
		return new Link(email, role, true);
	}

	private static Link accountable(String email, boolean weekly) {
		return new Link(email, "ACCOUNTABLE", weekly);
	}

	private static Link responsible(String email, boolean weekly) {
		return new Link(email, "RESPONSIBLE", weekly);
	}

	private static DependencyTemplate dep(String programKey, String projectKey, String milestone,
			String predecessorProgramKey, String predecessorProjectKey, String predecessorMilestone) {
		return new DependencyTemplate(programKey, projectKey, milestone, predecessorProgramKey, predecessorProjectKey,
				predecessorMilestone);
	}

	private static RiskTemplate risk(String programKey, String projectKey, String title, String category,
			int probability, int impact, String response, String status, String ownerEmail, String description,
			String mitigation) {
		return new RiskTemplate(programKey, projectKey, title, category, probability, impact, response, status,
				ownerEmail, description, mitigation);
	}

}
