package org.rapport.contacts;

/** Where the relationship stands, from first contact to loss. */
public enum LifecycleStage {
	PROSPECT, EXAMINATION, FORMATION, STABLE, DECLINING, CHURNED
}
