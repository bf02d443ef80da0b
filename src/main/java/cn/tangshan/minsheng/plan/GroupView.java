package cn.tangshan.minsheng.plan;

import java.util.List;

/**
 * A group of projects, in plan order.
 */
public record GroupView(int number, String name, List<ProjectView> projects) {
}
