package cn.tangshan.minsheng.org.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tangshan.minsheng.org.UnitAdministration;
import cn.tangshan.minsheng.org.UnitConflictException;
import cn.tangshan.minsheng.org.UnitNotFoundException;
import cn.tangshan.minsheng.org.UnitRow;
import cn.tangshan.minsheng.org.UnitType;
import cn.tangshan.minsheng.org.UnitValidationException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 单位管理 (ADMIN, by the security configuration's {@code /admin/**}): add a unit, rename it,
 * change the order, deactivate it. A refused field keeps the input with the message next
 * to it; a stale form is refused.
 */
@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

	private static final String FORM = "admin/unit-form";

	private final UnitAdministration units;

	UnitAdminController(UnitAdministration units) {
		this.units = units;
	}

	@GetMapping
	String list(Model model) {
		Map<UnitType, List<UnitRow>> groups = new LinkedHashMap<>();
		for (UnitRow unit : this.units.all()) {
			groups.computeIfAbsent(unit.type(), (k) -> new ArrayList<>()).add(unit);
		}
		model.addAttribute("groups", groups);
		return "admin/units";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", UnitForm.empty());
		return form(model, null);
	}

	@PostMapping("/new")
	String add(@ModelAttribute("form") UnitForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			UnitRow added = this.units.add(form.command());
			redirect.addFlashAttribute("message", "units.added");
			redirect.addFlashAttribute("messageArg", added.name());
			return "redirect:/admin/units";
		}
		catch (UnitValidationException ex) {
			ex.problems().forEach((field, code) -> result.rejectValue(field, code));
			return form(model, null);
		}
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable Long id, Model model) {
		UnitRow unit = load(id);
		model.addAttribute("form", UnitForm.of(unit));
		return form(model, unit);
	}

	@PostMapping("/{id}")
	String rename(@PathVariable Long id, @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UnitRow unit = load(id);
		try {
			UnitRow renamed = this.units.rename(id, form.versionSeen(), form.command());
			redirect.addFlashAttribute("message", "units.renamed");
			redirect.addFlashAttribute("messageArg", renamed.name());
			return "redirect:/admin/units";
		}
		catch (UnitValidationException ex) {
			ex.problems().forEach((field, code) -> result.rejectValue(field, code));
			return form(model, unit);
		}
		catch (UnitConflictException ex) {
			result.reject("units.conflict");
			model.addAttribute("current", load(id));
			return form(model, unit);
		}
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable Long id, @RequestParam long version, @RequestParam boolean up,
			RedirectAttributes redirect) {
		UnitRow unit = load(id);
		try {
			this.units.move(id, version, up);
			redirect.addFlashAttribute("message", "units.moved");
		}
		catch (UnitConflictException ex) {
			redirect.addFlashAttribute("error", "units.conflict.list");
		}
		redirect.addFlashAttribute("messageArg", unit.name());
		return "redirect:/admin/units#unit-" + id;
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable Long id, @RequestParam long version, @RequestParam boolean active,
			RedirectAttributes redirect) {
		UnitRow unit = load(id);
		try {
			this.units.setActive(id, version, active);
			redirect.addFlashAttribute("message", active ? "units.activated" : "units.deactivated");
		}
		catch (UnitConflictException ex) {
			redirect.addFlashAttribute("error", "units.conflict.list");
		}
		redirect.addFlashAttribute("messageArg", unit.name());
		return "redirect:/admin/units";
	}

	private String form(Model model, UnitRow unit) {
		model.addAttribute("unit", unit);
		model.addAttribute("types", UnitType.values());
		return FORM;
	}

	private UnitRow load(Long id) {
		return this.units.find(id).orElseThrow(() -> new UnitNotFoundException(id));
	}

}
