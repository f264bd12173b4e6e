package org.rapport.platform.headless.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.modules.ModuleDescriptor;
import org.rapport.platform.modules.ModuleRegistry;

/** {@code rapport:modules}: every installed module, its version and whether it runs. */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=modules" })
public class ModulesCommand extends AdminCommand {

	@Reference
	private ModuleRegistry registry;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		expectArguments(args, 0);
		List<ModuleDescriptor> modules = registry.modules();
		out.println(NLS.bind(Messages.Modules_header, registry.platformVersion(), modules.size()));
		String format = "%-32s %-24s %-9s %-22s %-13s %s%n";
		out.printf(format, Messages.Modules_id, Messages.Modules_name, Messages.Modules_category,
				Messages.Modules_version, Messages.Modules_state, Messages.Modules_departments);
		for (ModuleDescriptor m : modules) {
			out.printf(format, m.id(), m.name(), m.category().name().toLowerCase(Locale.ROOT), m.version(),
					m.state().name().toLowerCase(Locale.ROOT),
					m.departments().isEmpty() ? Messages.Modules_all : String.join(",", m.departments().stream().sorted().toList()));
			if (!m.problem().isEmpty()) {
				out.println("    " + m.problem());
			}
		}
		return OK;
	}

	@Override
	public String usage() {
		return Messages.Modules_usage;
	}
}
