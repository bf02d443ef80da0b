package cn.tangshan.minsheng.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import cn.tangshan.minsheng.document.Identity;

/**
 * #14: what is built from a computed result, kept while that very result is the one
 * {@code Dashboards} returns (it returns the same instance for the same data version,
 * viewer and month, and a new one when anything moved): a ledger from its details, a
 * workbook from its ledger. The source is compared by identity and held by the key, so
 * nothing built from older figures is ever returned for newer ones.
 */
final class IdentityMemo<V> {

	private final Map<List<Object>, V> values;

	IdentityMemo(int capacity) {
		this.values = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<List<Object>, V> eldest) {
				return size() > capacity;
			}

		};
	}

	/**
	 * @param source compared by identity
	 * @param parameters compared by value
	 */
	V get(Object source, List<?> parameters, Supplier<V> build) {
		List<Object> key = new ArrayList<>();
		key.add(new Identity(source));
		key.addAll(parameters);
		synchronized (this.values) {
			V value = this.values.get(key);
			if (value != null) {
				return value;
			}
		}
		V value = build.get();
		synchronized (this.values) {
			this.values.put(key, value);
		}
		return value;
	}

}
