package org.rapport.sales;

import java.util.List;
import java.util.Map;

/**
 * Hands out leads to people (extension point {@code org.rapport.sales.assignmentStrategies}).
 */
public interface AssignmentStrategy {

	/**
	 * What the strategy may know about the team.
	 *
	 * @param people    the team, in its order
	 * @param openLeads how many open leads each person holds now
	 * @param next      for strategies that take turns: the index of the person whose turn it is (where the last
	 *                  hand-out to this team stopped)
	 * @param territories who covers which region: region folded to lower case without accents, to login
	 */
	record Team(List<String> people, Map<String, Integer> openLeads, int next, Map<String, String> territories) {

		public Team(List<String> people, Map<String, Integer> openLeads, int next) {
			this(people, openLeads, next, Map.of());
		}

		/** The region as territories are keyed: lower case, accents and surrounding blanks gone. */
		public static String regionKey(String region) {
			if (region == null) {
				return "";
			}
			return java.text.Normalizer.normalize(region.strip(), java.text.Normalizer.Form.NFD)
					.replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT);
		}
	}

	/**
	 * @return the login for each lead, in the order of the leads given
	 */
	List<String> assign(List<Lead> leads, Team team);
}
