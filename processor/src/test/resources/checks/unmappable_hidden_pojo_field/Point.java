package test;

public class Point {
    private int x; //-
    public int x; //+
}
