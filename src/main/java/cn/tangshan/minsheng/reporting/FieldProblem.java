package cn.tangshan.minsheng.reporting;

/**
 * What is wrong with one field of a form: a message code and its arguments, shown next to
 * the field in the user's language.
 */
public record FieldProblem(String code, Object... args) {
}
