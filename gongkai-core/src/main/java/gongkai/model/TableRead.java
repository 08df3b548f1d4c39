package gongkai.model;

/**
 * One statistical table as extraction read it: its id ({@code t2}), the layout it was read in
 * ({@code v2021}), how many of that layout's cells were read and how many it has. The validator checks each
 * table under this layout and the writers print it; neither infers layouts again.
 */
public record TableRead(String id, String layout, int cellsRead, int cellsExpected) {
}
