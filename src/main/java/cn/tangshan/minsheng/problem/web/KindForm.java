package cn.tangshan.minsheng.problem.web;

/** A kind's name, new or changed. */
record KindForm(String name) {
}
