package cn.tangshan.minsheng.document;

/**
 * An object compared by identity, as part of a cache key: caches of computed figures hand
 * out the same instance for the same data, and a new one when anything moved, so the
 * instance itself says whether what was rendered or built from it still holds.
 */
public record Identity(Object object) {

	@Override
	public boolean equals(Object other) {
		return (other instanceof Identity that) && this.object == that.object;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this.object);
	}

}
