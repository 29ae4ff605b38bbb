package dev.milepost.security;

import dev.milepost.shared.MilepostProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	static final String LOGIN_VIEW = "login";

	private final UserBootstrap bootstrap;

	private final MilepostProperties properties;

	LoginController(UserBootstrap bootstrap, MilepostProperties properties) {
		this.bootstrap = bootstrap;
		this.properties = properties;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demoLogins", this.bootstrap.isDemoMode());
		model.addAttribute("lockMinutes", this.properties.login().lockDuration().toMinutes());
		model.addAttribute("maxFailures", this.properties.login().maxFailures());
		return LOGIN_VIEW;
	}

}
