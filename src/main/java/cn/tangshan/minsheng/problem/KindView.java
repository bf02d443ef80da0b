package cn.tangshan.minsheng.problem;

/** A kind of problem as pages show it. */
public record KindView(Long id, String name, boolean active) {
}
