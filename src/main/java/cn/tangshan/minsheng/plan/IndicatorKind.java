package cn.tangshan.minsheng.plan;

/**
 * A quantitative indicator has a numeric target; a milestone indicator is reported as a
 * self-assessed percent complete with a narrative.
 */
public enum IndicatorKind {

	QUANTITATIVE, MILESTONE

}
