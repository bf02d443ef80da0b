package cn.tangshan.minsheng.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;

/**
 * A county-level unit or a city department. Units are data: an administrator adds,
 * renames or deactivates them.
 */
@Entity
@Table(name = "unit")
@DynamicUpdate
public class Unit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(name = "short_name", nullable = false)
	private String shortName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UnitType type;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private boolean active = true;

	/** The unit's tile on the county map (west to east), null for none. */
	@Column(name = "tile_col")
	private Integer tileCol;

	/** The unit's tile on the county map (north to south), null for none. */
	@Column(name = "tile_row")
	private Integer tileRow;

	@Version
	private long version;

	protected Unit() {
	}

	public Unit(String code, String name, String shortName, UnitType type, int sortOrder) {
		this.code = code;
		this.name = name;
		this.shortName = shortName;
		this.type = type;
		this.sortOrder = sortOrder;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getShortName() {
		return this.shortName;
	}

	public UnitType getType() {
		return this.type;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public boolean isActive() {
		return this.active;
	}

	public boolean isCounty() {
		return this.type == UnitType.COUNTY;
	}

	void rename(String name, String shortName) {
		this.name = name;
		this.shortName = shortName;
	}

	void setActive(boolean active) {
		this.active = active;
	}

	public Integer getTileCol() {
		return this.tileCol;
	}

	public Integer getTileRow() {
		return this.tileRow;
	}

	void placeTile(Integer col, Integer row) {
		this.tileCol = col;
		this.tileRow = row;
	}

	void setSortOrder(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	long getVersion() {
		return this.version;
	}

}
